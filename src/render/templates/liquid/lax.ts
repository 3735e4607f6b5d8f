import { rubyStrip } from '../../../shared/ruby-text.js';
import { UNKNOWN_OPERATOR } from './equals.js';
import {
  type Liquid,
  type TagToken,
  type Token,
  TokenizationError,
  Tokenizer,
  TokenKind,
  TypeGuards,
} from './liquidjs.js';
import { rubyLookupText } from './nested-lookups.js';
import { type StrictKind, strictMarkup, strictRejection } from './strict.js';
import { rubyWhitespaceControl } from './whitespace-control.js';

type OutputToken = { contentRange: [number, number] };

// Ruby Liquid's lax grammar (Liquid 5, error_mode lax/warn, as Jekyll runs it): these patterns are
// how Ruby Liquid itself reads a variable's markup when it does not parse strictly. Ruby's `\s` is
// ASCII white space only (a no-break space is a character like any other), JavaScript's is not.
const BLANK = '[ \\t\\n\\v\\f\\r]';
const NON_BLANK = '[^ \\t\\n\\v\\f\\r]';
const ASCII_BLANK = new RegExp(BLANK);
const QUOTED_STRING = /"[^"]*"|'[^']*'/.source;
const QUOTED_FRAGMENT = `${QUOTED_STRING}|(?:[^ \\t\\n\\v\\f\\r,|'"]|${QUOTED_STRING})+`;
const MARKUP_WITH_NAME = new RegExp(`(${QUOTED_FRAGMENT})([\\s\\S]*)`);
const FRAGMENT = new RegExp(QUOTED_FRAGMENT);
const FILTER_PARSER = new RegExp(`(?:${BLANK}+|${QUOTED_FRAGMENT}|,)+`, 'g');
const FILTER_ARGS = new RegExp(`(?::|,)${BLANK}*((?:\\w+${BLANK}*:${BLANK}*)?(?:${QUOTED_FRAGMENT}))`, 'g');
// A filter argument written `key: value`, which Ruby passes as a keyword argument.
const KEYWORD_ARGUMENT = new RegExp(`^(\\w[\\w-]*)${BLANK}*:${BLANK}*(${QUOTED_FRAGMENT})$`);
// What Ruby Liquid reads as a literal; anything else is a variable path made of the name and
// lookup segments found in it (`page..title` is `page.title`).
const LITERAL = /^(?:nil|null|true|false|empty|blank|"[^"]*"|'[^']*'|-?\d+|-?\d[\d.]+)$/;
// Ruby's range `(START..END)`: START is the longest run of non-blanks followed by `..`, and is not
// read again if what follows does not fit (an atomic group in Ruby).
const RANGE_START = new RegExp(`^\\(${BLANK}*(${NON_BLANK}+)${BLANK}*\\.\\.`);
const RANGE_END = new RegExp(`^${BLANK}*(${NON_BLANK}+)${BLANK}*\\)$`);
const VARIABLE_PARSER = /\[[^\]]+\]|[\w-]+\??/g;
// Names a variable path may have that liquidjs would read as a literal (or a number): no template
// can set such a variable, so reading one (`“true”`, `true·` with a no-break space) gives nil.
const LITERAL_NAME = /^(?:\d|(?:nil|null|true|false|empty|blank)$)/;

// Ruby Liquid's VariableSignature: the name an `assign` or `capture` writes is the first run of
// these characters, kept as written (`page.title` names a variable of its own, not a field).
const VARIABLE_NAME = /(?:\(?[\w\-.[\]]\)?)+/.source;
const ASSIGN_SYNTAX = new RegExp(`(${VARIABLE_NAME})${BLANK}*=${BLANK}*`);
const CAPTURE_SYNTAX = new RegExp(VARIABLE_NAME);

/** An assign's markup as Ruby Liquid 5.4 reads it: the name, where it starts, and where the value starts; undefined when Ruby rejects it. */
export function assignParts(markup: string): { name: string; nameAt: number; valueAt: number } | undefined {
  const m = ASSIGN_SYNTAX.exec(markup);
  return m ? { name: m[1]!, nameAt: m.index, valueAt: m.index + m[0].length } : undefined;
}

/** The variable a capture's markup names as Ruby Liquid 5.4 reads it (`"x"` is x), with where it starts; undefined when Ruby rejects it. */
export function captureName(markup: string): { name: string; nameAt: number } | undefined {
  const m = CAPTURE_SYNTAX.exec(markup);
  return m ? { name: m[0], nameAt: m.index } : undefined;
}

/** An expression as Ruby Liquid's lax parser reads it (its Expression.parse), written for liquidjs. */
export function laxExpression(markup: string | undefined): string {
  const m = rubyStrip(markup ?? '');
  if (LITERAL.test(m)) return m;
  const range = laxRange(m);
  if (range !== undefined) return range;
  // Quoted at both ends (`'it''s'`, `"a"b"`): the text between the outer quotes.
  if (m.length > 1 && (m[0] === '"' || m[0] === "'") && m.endsWith(m[0]) && !m.includes('\\'))
    return `"${m.slice(1, -1).replaceAll('"', '\\"')}"`;
  // A bracket inside a bracket ends at the first `]` (`a[b[0].c]`), as nested-lookups.ts reads it.
  const nested = rubyLookupText(m);
  if (nested !== undefined) return nested;
  const [name, ...lookups] = m.match(VARIABLE_PARSER) ?? [];
  // A name that starts with a digit (`(1` of `(1 .. 2)`) is a variable no template can set; liquidjs would read a number.
  if (name === undefined || name.startsWith('[') || LITERAL_NAME.test(name)) return 'nil';
  return name + lookups.map((l) => (l.startsWith('[') ? l : `.${l}`)).join('');
}

/** A range `(START..END)` with each end read as an expression (`(1..“3”)` is 1 to nil); undefined when it is no range. */
function laxRange(markup: string): string | undefined {
  const start = RANGE_START.exec(markup);
  const end = start && RANGE_END.exec(markup.slice(start[0].length));
  if (!start || !end) return undefined;
  return `(${laxExpression(start[1])}..${laxExpression(end[1])})`;
}

// Tags whose markup is `NAME = VARIABLE` or a variable.
const VARIABLE_TAGS = new Set(['echo']);

/**
 * The template with each output (`{{ … }}`) and `assign`/`echo` that liquidjs cannot parse
 * rewritten to what Ruby Liquid's lax parser makes of it: the first fragment as the value (a
 * lookup of nothing when it is no expression) and the well-formed filters after the first `|`.
 * So `{{< version >}}` prints nothing and `x | | sort` sorts, as in Jekyll. Markup liquidjs
 * parses is left alone, and every line stays on its line.
 */
export function laxSource(liquid: Liquid, src: string, file: string): string {
  return laxTemplate(liquid, src, file).source;
}

type TopLevelTokens = ReturnType<Tokenizer['readTopLevelTokens']>;
type HTMLToken = ReturnType<Tokenizer['readHTMLToken']>;
type LiquidOutputToken = ReturnType<Tokenizer['readOutputToken']>;
type TokenizerOptions = Parameters<Tokenizer['readTagToken']>[0];

// liquidjs does not export its HTML token's class: it is taken from a token its tokenizer made.
const HTMLTokenClass = new Tokenizer('x').readHTMLToken([]).constructor as new (
  input: string,
  begin: number,
  end: number,
  file: string | undefined,
) => HTMLToken;

// Nor its output token's.
const OutputTokenClass = new Tokenizer('{{x}}').readOutputToken().constructor as new (
  input: string,
  begin: number,
  end: number,
  options: TokenizerOptions,
  file: string | undefined,
) => LiquidOutputToken;

/**
 * liquidjs' tokenizer, but the text between tags is found with `indexOf` (liquidjs tests every stop
 * string at every character, which cost more than the rest of a post's Liquid). The tokens are the
 * same: the text ends where the first stop string begins, or at the end.
 */
export class TextSkippingTokenizer extends Tokenizer {
  /** liquidjs' tokens, with Ruby Liquid's whitespace control (whitespace-control.ts). */
  override readTopLevelTokens(options: TokenizerOptions): TopLevelTokens {
    const tokens: TopLevelTokens = [];
    while (this.p < this.N) tokens.push(this.readTopLevelToken(options));
    rubyWhitespaceControl(tokens);
    return tokens;
  }

  override readHTMLToken(stopStrings: string[]): HTMLToken {
    const begin = this.p;
    let end = this.N;
    for (const stop of stopStrings) {
      const i = this.input.indexOf(stop, begin);
      if (i >= 0 && i < end) end = i;
    }
    this.p = end;
    return new HTMLTokenClass(this.input, begin, end, this.file);
  }

  /**
   * An output as Ruby Liquid reads it: it ends at its first `}` whatever quotes come before
   * (`{{ page.title" }}` is `page.title"`, `{{ "}}" }}` is `"`); liquidjs reads over quoted text.
   * A `}` not followed by another leaves the output unterminated, which Jekyll rejects.
   */
  override readOutputToken(options: TokenizerOptions): LiquidOutputToken {
    const begin = this.p;
    const brace = this.input.indexOf('}', begin + 2);
    if (brace < 0 || brace >= this.N) return super.readOutputToken(options); // liquidjs' "not closed"
    const closed = brace + 1 < this.N && this.input[brace + 1] === '}';
    this.p = closed ? brace + 2 : brace + 1;
    const token = new OutputTokenClass(this.input, begin, this.p, options, this.file);
    if (!closed)
      throw new TokenizationError(
        `output '${this.input.slice(begin, brace + 1)}' is not closed: Liquid ends an output at its first "}"`,
        token,
      );
    return token;
  }

  // Ruby Liquid 5.4's raw block reads its end without whitespace control: `{% raw -%}` keeps the
  // block's text as written and trims the text after `{% endraw %}`, and `{% endraw -%}` trims
  // nothing; liquidjs trims after an endraw's own `-%}`. So an endraw takes its raw's right trim.
  private rawTrimsAfter = false;

  override readTagToken(options: TokenizerOptions): TagToken {
    const begin = this.p;
    let token: TagToken;
    try {
      token = super.readTagToken(options);
    } catch (e) {
      // A tag with no name (`{% %}`, `{% "x" %}`): Ruby's message, at the tag (liquidjs's names no tag).
      if (!(e instanceof TokenizationError) || !e.message.includes('tag name expected')) throw e;
      const text = this.input.slice(begin, this.p);
      throw new TokenizationError(
        `Tag '${text}' was not properly terminated with regexp: /\\%\\}/`,
        new HTMLTokenClass(this.input, begin, this.p, this.file) as never,
      );
    }
    // Ruby Liquid reads a tag's name after ASCII blanks only: `{%·if %}` (a no-break space) is no tag.
    let at = token.begin + 2;
    if (this.input[at] === '-') at++;
    while (ASCII_BLANK.test(this.input[at] ?? '')) at++;
    if (!/[#\w]/.test(this.input[at] ?? ''))
      throw new TokenizationError(`Tag '${token.getText()}' was not properly terminated with regexp: /\\%\\}/`, token);
    if (token.name === 'raw') {
      if (rubyTagArgs(token, this.input).args)
        throw new TokenizationError("Syntax Error in 'raw' - Valid syntax: raw", token);
      this.rawTrimsAfter = token.trimRight;
    }
    return token;
  }

  override readEndrawOrRawContent(options: TokenizerOptions): HTMLToken | TagToken {
    const token = super.readEndrawOrRawContent(options);
    if (token.kind === TokenKind.Tag) (token as TagToken).trimRight = this.rawTrimsAfter;
    return token;
  }

  /**
   * liquidjs' `readTo`: on to just after the first `end` that ends past here (and by the end of
   * what is read), else to the end and -1; found with `indexOf`. A `{% raw %}` block's text is
   * read with it (liquidjs steps a character at a time: 4.6 ms of this project's cold start in a
   * profile; alternating builds of it showed no difference beyond their spread).
   */
  override readTo(end: string): number {
    if (this.p >= this.N) return -1;
    const at = this.input.indexOf(end, Math.max(0, this.p + 1 - end.length));
    if (at < 0 || at + end.length > this.N) {
      this.p = this.N;
      return -1;
    }
    this.p = at + end.length;
    return this.p;
  }
}

/**
 * Hears of each markup Ruby Liquid's strict parser rejects (Jekyll's `warn` error mode then says
 * so and reads it leniently): where its tag or output begins in the template, and Ruby's message
 * (`Liquid syntax error: Expected id but found pipe in "{{ x | | y }}"`, white space run together
 * as Jekyll prints it).
 */
export type OnRejected = (at: number, message: string) => void;

/**
 * laxSource's text, and when that is the template as written, the tokens it read, which are
 * what liquidjs' parser reads from it again (the same tokenizer, options and file name).
 */
export function laxTemplate(
  liquid: Liquid,
  src: string,
  file: string,
  rejected?: OnRejected,
): { source: string; tokens?: TopLevelTokens } {
  if (!src.includes('{{') && !src.includes('{%')) return { source: src };
  let tokens: TopLevelTokens;
  try {
    tokens = new TextSkippingTokenizer(src, liquid.options.operators, file).readTopLevelTokens(liquid.options);
  } catch {
    return { source: src }; // the parser reports it, with its line
  }
  let out = '';
  let at = 0;
  for (const { begin, markup, kind, token } of tokens.flatMap((token) => markupsOf(liquid, token, src, file))) {
    const fixed = laxMarkup(liquid, kind, markup);
    // Ruby Liquid rejects the markup whichever parser reads it: the build fails at its tag.
    if (fixed === REJECTED) throw new TokenizationError(REJECTIONS[kind as keyof typeof REJECTIONS], token);
    // Read leniently: Jekyll warns of it (once the whole template parses).
    if (rejected && (kind === 'variable' || kind === 'condition' || kind === 'for')) {
      const why = strictRejection(kind, markup);
      if (why) rejected(token.begin, `Liquid syntax error: ${why} in "${rubyContext(kind, token, src, begin)}"`);
    }
    if (fixed === undefined || fixed === markup) continue;
    const lines = markup.split('\n').length - fixed.split('\n').length;
    // A space keeps a tag's name apart from what replaces its empty markup (`{% echo %}`).
    const space = /\s/.test(src[begin - 1] ?? ' ') ? '' : ' ';
    out += `${src.slice(at, begin)}${space}${fixed} ${'\n'.repeat(Math.max(0, lines))}`;
    at = begin + markup.length;
  }
  return at === 0 ? { source: src, tokens } : { source: out + src.slice(at) };
}

const RUBY_BLANKS = new RegExp(`${BLANK}+`, 'g');

/**
 * The markup as Ruby Liquid quotes it in a syntax error: an output, an `echo` or an `assign`'s
 * value as `{{…}}` with its blanks as written, a tag's markup stripped; its blanks run together.
 */
function rubyContext(kind: MarkupKind, token: Token, src: string, begin: number): string {
  let text: string;
  if (token.kind === TokenKind.Output) {
    text = src.slice(token.begin + 2, token.end - 2);
    if (text.startsWith('-')) text = text.slice(1);
    if (text.endsWith('-')) text = text.slice(0, -1);
  } else text = src.slice(begin, markupEnd(token, src));
  return (kind === 'variable' ? `{{${text}}}` : rubyStrip(text)).replace(RUBY_BLANKS, ' ');
}

/** Where a tag's markup ends: before its `%}` (or `-%}`), a `{% liquid %}` tag's line at its line's end. */
function markupEnd(token: Token, src: string): number {
  if (src.startsWith('{%', token.begin)) return token.end - (src[token.end - 3] === '-' ? 3 : 2);
  return src[token.end - 1] === '\n' ? token.end - 1 : token.end;
}

type MarkupKind = 'variable' | 'condition' | 'for' | 'cycle' | 'case' | 'when' | 'other';

/** A markup laxTemplate may rewrite: where it starts in the template, its text, what it is read as, and its tag's or output's token. */
type Markup = { begin: number; markup: string; kind: MarkupKind; token: Token };

// What laxMarkup gives for markup that Ruby Liquid's lax parser rejects too, and Ruby's messages.
const REJECTED: unique symbol = Symbol('rejected');
const REJECTIONS = {
  condition: "Syntax Error in tag 'if' - Valid syntax: if [expression]",
  case: "Syntax Error in 'case' - Valid syntax: case [condition]",
  when: "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}",
  for: "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]",
} as const;

/**
 * The markups of an output or tag that Ruby Liquid reads in its own way; a `{% liquid %}` tag's
 * are those of the tags on its lines, found by liquidjs's own reading of them.
 */
function markupsOf(liquid: Liquid, token: TopLevelTokens[number], src: string, file: string): Markup[] {
  if (token.kind === TokenKind.Output) {
    const [begin, end] = (token as unknown as OutputToken).contentRange;
    return [{ begin, markup: src.slice(begin, end), kind: 'variable', token }];
  }
  if (token.kind !== TokenKind.Tag) return [];
  const tag = token as TagToken;
  const { argsAt, args } = rubyTagArgs(tag, src);
  if (tag.name === 'liquid') {
    let lines: TagToken[];
    try {
      const t = new Tokenizer(src, liquid.options.operators, file, [
        tag.contentRange[1] - tag.args.length,
        tag.contentRange[1],
      ]);
      lines = t.readLiquidTagTokens(liquid.options);
    } catch {
      return []; // the parser reports it, with its line
    }
    return lines.flatMap((line) => markupsOf(liquid, line, src, file));
  }
  if (tag.name === 'assign') {
    const parts = assignParts(args);
    return parts ? [{ begin: argsAt + parts.valueAt, markup: args.slice(parts.valueAt), kind: 'variable', token }] : [];
  }
  const kind: MarkupKind | undefined = VARIABLE_TAGS.has(tag.name)
    ? 'variable'
    : CONDITION_TAGS.has(tag.name)
      ? 'condition'
      : tag.name === 'for' || tag.name === 'cycle' || tag.name === 'case' || tag.name === 'when'
        ? tag.name
        : EXPRESSION_TAGS.has(tag.name)
          ? 'other'
          : undefined;
  return kind ? [{ begin: argsAt, markup: args, kind, token }] : [];
}

/**
 * A tag's markup as Ruby Liquid reads it and where it starts: after the name and the ASCII blanks
 * after it, to its last character that is no ASCII blank. liquidjs also skips other blanks there
 * (`{% if·x %}` with a no-break space is `·x` to Ruby), in a tag as on a `{% liquid %}` tag's line.
 */
export function rubyTagArgs(tag: TagToken, src: string): { argsAt: number; args: string } {
  let at = tag.contentRange[1] - tag.args.length;
  while (at > tag.contentRange[0] && /\s/.test(src[at - 1]!)) at--;
  const limit = markupEnd(tag, src);
  let end = tag.contentRange[1];
  while (end < limit && /\s/.test(src[end]!)) end++;
  while (end > at && ASCII_BLANK.test(src[end - 1]!)) end--;
  while (at < end && ASCII_BLANK.test(src[at]!)) at++;
  return { argsAt: at, args: src.slice(at, end) };
}

// Per engine, what each markup is read as: a site's templates repeat the same few (`site.baseurl`).
const laxMarkups = new WeakMap<Liquid, Map<string, string | typeof REJECTED | null>>();

/**
 * A tag's or output's markup as Ruby Liquid's lax parser reads it, for liquidjs; REJECTED when
 * Ruby rejects it too, undefined when liquidjs is left to report it.
 */
function laxMarkup(liquid: Liquid, kind: MarkupKind, markup: string): string | typeof REJECTED | undefined {
  let known = laxMarkups.get(liquid);
  if (!known) laxMarkups.set(liquid, (known = new Map()));
  const key = `${kind}\u0000${markup}`;
  let fixed = known.get(key);
  if (fixed === undefined) {
    fixed = readLax(liquid, kind, markup) ?? null;
    if (known.size >= 10_000) known.clear();
    known.set(key, fixed);
  }
  return fixed ?? undefined;
}

function readLax(liquid: Liquid, kind: MarkupKind, markup: string): string | typeof REJECTED | undefined {
  // Ruby Liquid's strings have no escapes: a backslash is itself. Markup its strict parser reads
  // is read with no blanks inside its expressions, which liquidjs would not skip.
  const ruby =
    kind === 'variable' || kind === 'condition' || kind === 'for'
      ? strictRead(kind, rubyStrings(markup))
      : rubyStrings(markup);
  if (kind === 'for') {
    const fixed = laxFor(liquid, ruby);
    if (fixed === undefined && strictMarkup('for', markup) === undefined) return REJECTED;
    return fixed === ruby.trim().replace(/\s+/g, ' ') ? ruby : fixed;
  }
  if (kind === 'cycle') return laxCycle(ruby) ?? ruby;
  if (kind === 'case') return laxCase(ruby);
  if (kind === 'when') return laxWhen(ruby);
  if (kind === 'condition') return conditionParses(liquid, ruby) ? ruby : laxCondition(liquid, ruby);
  if (kind === 'other' || parses(liquid, ruby)) return ruby;
  return [laxVariable(ruby), laxVariable(ruby.split('|')[0]!), 'nil'].find((m) => parses(liquid, m))!;
}

/** The markup as Ruby's strict parser reads it (strict.ts) where it does, else as written. */
function strictRead(kind: StrictKind, markup: string): string {
  return strictMarkup(kind, markup) ?? markup;
}

// Ruby Liquid's lax `if`: the markup split at `and`/`or`, each part `LEFT [OPERATOR [RIGHT]]`
// (what follows is ignored: `a == "x" && b` is `a == "x"`).
const EXPRESSIONS_AND_OPERATORS = new RegExp(
  `(?:\\b(?:${BLANK}?and${BLANK}?|${BLANK}?or${BLANK}?)\\b|(?:${BLANK}*(?!\\b(?:${BLANK}?and${BLANK}?|${BLANK}?or${BLANK}?)\\b)(?:${QUOTED_FRAGMENT}|${NON_BLANK}+)${BLANK}*)+)`,
  'g',
);
const CONDITION = new RegExp(`(${QUOTED_FRAGMENT})${BLANK}*([=!<>a-z_]+)?${BLANK}*(${QUOTED_FRAGMENT})?`);
const CONDITION_TAGS = new Set(['if', 'elsif', 'unless']);
// Other tags whose markup holds Liquid expressions (Jekyll's include reads escapes in its own way).
const EXPRESSION_TAGS = new Set(['for', 'case', 'when', 'cycle', 'tablerow']);

/** The markup with each string literal as Ruby Liquid reads it (`"a\b"` is a, backslash, b), written for liquidjs. */
function rubyStrings(markup: string): string {
  if (!markup.includes('\\')) return markup;
  return markup.replace(new RegExp(QUOTED_STRING, 'g'), (s) => s.replaceAll('\\', '\\\\'));
}
// Ruby Liquid's `tablerow`: `VAR in COLLECTION` found anywhere in the markup (`my-row in list` loops with `row`).
const TABLEROW_SYNTAX = new RegExp(`(\\w+)${BLANK}+in${BLANK}+((?:${QUOTED_FRAGMENT})+)`);

/** A tablerow's variable and collection as Ruby Liquid 5.4 reads them, and where they end; undefined when Ruby rejects it. */
export function tablerowParts(markup: string): { variable: string; collection: string; end: number } | undefined {
  const m = TABLEROW_SYNTAX.exec(markup);
  return m ? { variable: m[1]!, collection: m[2]!, end: m.index + m[0].length } : undefined;
}
// Ruby Liquid's lax `for`: `VAR in COLLECTION [reversed]`, then any `limit: X` / `offset: Y` found after.
const FOR_SYNTAX = new RegExp(`^${BLANK}*([\\w-]+)${BLANK}+in${BLANK}+((?:${QUOTED_FRAGMENT})+)${BLANK}*(reversed)?`);
const TAG_ATTRIBUTES = new RegExp(`(\\w[\\w-]*)${BLANK}*:${BLANK}*(${QUOTED_FRAGMENT})`, 'g');

// Ruby Liquid 5.4's comparison operators (Condition.operators); liquidjs's `not` is not one.
const RUBY_OPERATORS = new Set(['==', '!=', '<>', '<', '>', '>=', '<=', 'contains']);
// What kiln's lax reading writes: those, and its stand-in for the ones Ruby does not know.
const LAX_OPERATORS = new Set([...RUBY_OPERATORS, UNKNOWN_OPERATOR]);

/**
 * Whether liquidjs reads a condition whole as Ruby Liquid's strict parser would: values with at
 * most one comparison between `and`s and `or`s (`not x` and `a == b == c` are Ruby's lax reading).
 */
function conditionParses(liquid: Liquid, markup: string, comparisons = RUBY_OPERATORS): boolean {
  try {
    if (!strictLexes(markup)) return false;
    const t = new Tokenizer(markup, liquid.options.operators);
    const tokens = [...t.readExpressionTokens()];
    t.skipBlank();
    return t.end() && strictCondition(tokens, comparisons);
  } catch {
    return false;
  }
}

/** Whether the tokens are `VALUE [COMPARISON VALUE]`, then any more of those after `and` or `or`. */
function strictCondition(tokens: Token[], comparisons: ReadonlySet<string>): boolean {
  const operatorAt = (i: number) => {
    const token = tokens[i];
    return token !== undefined && TypeGuards.isOperatorToken(token) ? token.operator : undefined;
  };
  const valueAt = (i: number) => tokens[i] !== undefined && operatorAt(i) === undefined;
  let i = 0;
  for (;;) {
    if (!valueAt(i++)) return false;
    if (comparisons.has(operatorAt(i) ?? '')) {
      if (!valueAt(i + 1)) return false;
      i += 2;
    }
    if (i === tokens.length) return true;
    const joiner = operatorAt(i++);
    if (joiner !== 'and' && joiner !== 'or') return false;
  }
}

/** A condition as Ruby Liquid's lax parser reads it, for liquidjs; REJECTED when Ruby rejects it too. */
function laxCondition(liquid: Liquid, markup: string): string | typeof REJECTED | undefined {
  const parts = markup.match(EXPRESSIONS_AND_OPERATORS) ?? [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      const op = part.trim();
      if (op !== 'and' && op !== 'or') return REJECTED;
      out.push(op);
      continue;
    }
    const m = CONDITION.exec(part);
    if (!m) return REJECTED;
    const [, left, op, right] = m;
    // An operator Ruby does not know fails the build once the comparison is evaluated (and/or may
    // never reach it); its operands do not matter.
    if (op !== undefined && !RUBY_OPERATORS.has(op)) out.push(`nil ${UNKNOWN_OPERATOR} "${op}"`);
    else out.push(op === undefined ? laxExpression(left) : `${laxExpression(left)} ${op} ${laxExpression(right)}`);
  }
  // An expression left without its other side (`a and`, or nothing at all).
  if (out.length % 2 === 0) return REJECTED;
  const fixed = out.join(' ');
  return conditionParses(liquid, fixed, LAX_OPERATORS) ? fixed : undefined;
}

// Ruby Liquid's `when`: a fragment, then more after `or` or a comma (what follows is ignored).
const WHEN_SYNTAX = new RegExp(
  `(${QUOTED_FRAGMENT})(?:(?:${BLANK}+or${BLANK}+|${BLANK}*,${BLANK}*)(${QUOTED_FRAGMENT}[\\s\\S]*))?`,
);

/** A `case` tag's markup as Ruby Liquid reads it, its first fragment only (`page.tags[ 1 ]` is `page.tags`); REJECTED when it has none. */
function laxCase(markup: string): string | typeof REJECTED {
  const m = FRAGMENT.exec(markup);
  if (!m) return REJECTED;
  const read = laxExpression(m[0]);
  return read === markup.trim() ? markup : read;
}

/** A `when` tag's values as Ruby Liquid reads them, each its first fragment; REJECTED when there is none. */
function laxWhen(markup: string): string | typeof REJECTED {
  const values: string[] = [];
  for (let rest: string | undefined = markup; rest !== undefined; ) {
    const m = WHEN_SYNTAX.exec(rest);
    if (!m) return REJECTED;
    values.push(laxExpression(m[1]));
    rest = m[2];
  }
  const read = values.join(', ');
  return read === markup.trim() ? markup : read;
}

/** The `key: value` attributes Ruby Liquid finds anywhere in a tag's markup, each value read as an expression, for liquidjs' Hash. */
export function tagAttributes(markup: string): string {
  return [...markup.matchAll(TAG_ATTRIBUTES)].map((a) => `${a[1]}: ${laxExpression(a[2])}`).join(', ');
}

/** A `for` tag's markup as Ruby Liquid's lax parser reads it; undefined when Ruby rejects it too. */
function laxFor(liquid: Liquid, markup: string): string | undefined {
  const m = FOR_SYNTAX.exec(markup);
  if (!m) return undefined;
  // As written where liquidjs reads it alike: the loop's name (`forloop.name`) is made of it.
  const collection = parses(liquid, m[2]!) ? m[2] : laxExpression(m[2]);
  let out = `${m[1]} in ${collection}${m[3] ? ' reversed' : ''}`;
  const attributes = new Map<string, string>();
  for (const a of markup.matchAll(TAG_ATTRIBUTES))
    if (a[1] === 'limit' || a[1] === 'offset') attributes.set(a[1], laxExpression(a[2]));
  for (const [key, value] of attributes) out += ` ${key}: ${value}`;
  return out;
}

// Ruby Liquid's `cycle`: `NAME: VALUES` or `VALUES`, the values split at every comma (quoted or
// not) and each piece read as its first quoted fragment (`'-', ','` is the one value '-'); a
// literal `nil` or `null` is left out of the values (`{% cycle nil, 'n' %}` is 'n' every time).
const CYCLE_NAMED = new RegExp(`^(${QUOTED_FRAGMENT})${BLANK}*:${BLANK}*([\\s\\S]*)$`);
const CYCLE_SIMPLE = new RegExp(`^(?:${QUOTED_FRAGMENT})+`);
const CYCLE_VALUE = new RegExp(`${BLANK}*(${QUOTED_FRAGMENT})${BLANK}*`);

/** A `cycle` tag's markup as Ruby Liquid reads it; undefined when Ruby rejects it (liquidjs reports it). */
function laxCycle(markup: string): string | undefined {
  const values = (text: string) => {
    const parts = text.split(',');
    while (parts.length && parts[parts.length - 1] === '') parts.pop();
    // Written double-quoted, so that liquidjs groups `'a', 'b'` with `"a", "b"` as Ruby does.
    const read = parts.flatMap((p) => {
      const value = CYCLE_VALUE.exec(p)?.[1];
      if (value === undefined || value === 'nil' || value === 'null') return [];
      return [/^'[^']*'$|^"[^"]*"$/.test(value) ? value : laxExpression(value)];
    });
    return read.map((v) => (/^'[^'"]*'$/.test(v) ? `"${v.slice(1, -1)}"` : v)).join(', ');
  };
  const named = CYCLE_NAMED.exec(markup);
  if (!named && !CYCLE_SIMPLE.test(markup)) return undefined;
  // No value left (`{% cycle ',' %}`): Ruby prints nothing.
  const read = values(named ? named[2]! : markup) || 'nil';
  return named ? `${named[1]}: ${read}` : read;
}

/** Whether liquidjs reads the markup whole as one value with filters (what Ruby Liquid's strict parser accepts). */
function parses(liquid: Liquid, markup: string): boolean {
  if (!strictLexes(markup)) return false;
  try {
    const t = new Tokenizer(markup, liquid.options.operators);
    const value = t.readFilteredValue();
    t.skipBlank();
    const postfix = (value.initial as unknown as { postfix: unknown[] }).postfix;
    return t.end() && postfix.length === 1 && !literalWithLookups(postfix[0]);
  } catch {
    return false;
  }
}

/**
 * Whether a value is a literal read further (`"abc".size`, `(1..3).first`), which liquidjs reads
 * and Ruby's strict parser refuses (its lax reading then takes the literal alone).
 */
function literalWithLookups(token: unknown): boolean {
  if (!TypeGuards.isPropertyAccessToken(token)) return false;
  const { variable } = token as { variable?: unknown };
  return TypeGuards.isQuotedToken(variable) || TypeGuards.isRangeToken(variable) || TypeGuards.isNumberToken(variable);
}

/**
 * Whether Ruby Liquid's strict lexer reads the markup: every quote opens a string that is closed
 * (liquidjs reads an unclosed one on to the end), and outside strings no character is beyond ASCII
 * (liquidjs reads `page.导航` as a name; Ruby's lax reading stops the path before it).
 */
function strictLexes(markup: string): boolean {
  for (let i = 0; i < markup.length; i++) {
    const c = markup[i]!;
    if (c > '\u007f') return false;
    if (c !== '"' && c !== "'") continue;
    i = markup.indexOf(c, i + 1);
    if (i < 0) return false;
  }
  return true;
}

/** A variable's markup as Ruby Liquid's lax parser reads it, written so that liquidjs reads the same. */
export function laxVariable(markup: string): string {
  const m = MARKUP_WITH_NAME.exec(markup);
  if (!m) return 'nil';
  const name = laxExpression(m[1]);
  const pipe = m[2]!.indexOf('|');
  if (pipe < 0) return name;
  const filters: string[] = [];
  for (const f of m[2]!.slice(pipe + 1).matchAll(FILTER_PARSER)) {
    const filterName = /\w+/.exec(f[0]);
    if (!filterName) continue;
    const args = [...f[0].matchAll(FILTER_ARGS)].map((a) => laxArgument(a[1]!));
    filters.push(args.length ? `${filterName[0]}: ${args.join(', ')}` : filterName[0]);
  }
  return [name, ...filters].join(' | ');
}

/** A filter argument as Ruby Liquid's lax parser reads it: an expression, or `key: expression`. */
function laxArgument(markup: string): string {
  const keyword = KEYWORD_ARGUMENT.exec(markup);
  return keyword ? `${keyword[1]}: ${laxExpression(keyword[2])}` : laxExpression(markup);
}
