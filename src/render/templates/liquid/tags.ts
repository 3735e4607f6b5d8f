import { isJekyllFileName } from '../../../shared/jekyll-file-name.js';
import { rubyPairs } from '../../../shared/yaml-keys.js';
import { DOCUMENT_VIEW, DROP_CLASS, type DropClass, markDrop } from '../../types.js';
import { documentKeys, dropClass, isLiquidDrop } from '../filters/ruby.js';
import { liquidInteger } from '../filters/standard.js';
import {
  HIGHLIGHT_LINES_KEY,
  type Highlighter,
  highlightBlock,
  RENDER_STATE_KEY,
  type RenderState,
  TOC_OUTPUT,
} from '../tags.js';
import { storedValue } from './equals.js';
import { type IncludeCacheSettings, includeCachedTag } from './include-cached.js';
import { type IncludeOnce, type OncePlan, planIncludeOnce, renderAlone } from './include-once.js';
import { rubyToI } from './integers.js';
import { assignParts, captureName, laxExpression, rubyTagArgs, tablerowParts, tagAttributes } from './lax.js';
import { MAX_INCLUDE_DEPTH } from './limits.js';
import {
  CaptureTag,
  CaseTag,
  type Context,
  CycleTag,
  Drop,
  type Emitter,
  evalToken,
  ForTag,
  Hash,
  IfTag,
  IncludeTag,
  type Liquid,
  type Parser,
  Tag,
  type TagToken,
  type Template,
  type Token,
  Tokenizer,
  TokenKind,
  type TopLevelToken,
  TypeGuards,
  toValue,
  toValueSync,
  Value,
} from './liquidjs.js';
import { printedText } from './printed.js';
import { evaluateToken, settle } from './sync-values.js';

const DEPTH = 'kilnIncludeDepth';

/** The render state of the body being rendered (highlight placeholders), if any. */
function stateOf(ctx: Context): RenderState | undefined {
  return (ctx.environments as Record<string, unknown>)[RENDER_STATE_KEY] as RenderState | undefined;
}

/** Reads a block's templates up to `{% endNAME %}`. */
function readBlock(token: TagToken, remain: TopLevelToken[], parser: Parser, name: string): Template[] {
  const templates: Template[] = [];
  const stream = parser
    .parseStream(remain)
    .on('template', (t: Template) => templates.push(t))
    .on(`tag:end${name}`, () => stream.stop())
    .on('end', () => {
      throw new Error(`tag {% ${token.name} %} is not closed: add {% end${name} %}`);
    });
  stream.start();
  return templates;
}

/** `{% highlight LANG [linenos] %}…{% endhighlight %}`: the body is Liquid, then highlighted. */
function highlightTag(colour: Highlighter) {
  return class extends Tag {
    private readonly lang: string;
    private readonly linenos: boolean;
    private readonly templates: Template[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      const m = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/.exec(token.args.trim());
      if (!m) throw new Error(`highlight: "${token.args.trim()}" is not a language name (such as ruby) and options`);
      this.lang = m[1]!;
      // Options are `name`, `name=value` or `name="1 2"`; any value of linenos turns it on.
      this.linenos = /(?:^|\s)linenos(?:=|\s|$)/.test(m[2]!);
      this.templates = readBlock(token, remain, parser, 'highlight');
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const body = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
      const state = stateOf(ctx);
      const lines = state
        ? state.markdown === true
        : (ctx.environments as Record<string, unknown>)[HIGHLIGHT_LINES_KEY] === true;
      emitter.write(highlightBlock(this.lang, body, state, colour, { linenos: this.linenos, lines }));
    }
  };
}

class TocTag extends Tag {
  render(_ctx: Context, emitter: Emitter): void {
    emitter.write(TOC_OUTPUT);
  }
}

/** `{% post_url NAME %}` and `{% link PATH %}`; the argument may hold `{{ … }}`. */
function urlTag(kind: 'post_url' | 'link', urlOf: (tag: 'post_url' | 'link', target: string) => string) {
  return class extends Tag {
    private readonly target: Template[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.target = liquid.parse(token.args.trim(), token.file);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const target = (yield this.liquid.renderer.renderTemplates(this.target, ctx)) as string;
      emitter.write(urlOf(kind, target.trim()));
    }
  };
}

// Jekyll's include parameters: `name=value`, the value "quoted", 'quoted' or a variable's name
// (letters, digits, `_`, `.`, `-`: no brackets, no filters), each followed by whitespace or the end.
const INCLUDE_PARAM = String.raw`[\w-]+\s*=\s*(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|[\w.-]+)`;
const INCLUDE_PARAMS = new RegExp(String.raw`^\s*(?:${INCLUDE_PARAM}(?=\s|$)\s*)*$`);
/** A file name with `{{ … }}` in it, then the parameters. */
const INCLUDE_DYNAMIC = /^([^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)(.*)$/s;

/**
 * An include's markup as Jekyll splits it: the file, which is all up to the first `{{ … }}` and the
 * `{{ … }}` that follow it with no white space between when there is one (VARIABLE_SYNTAX:
 * `show.html id={{ x }}` is one name, rendered and then rejected; in `{{ k }}.html t="a {{ b }}"`
 * the name ends at `.html`), else the first word; then the parameters, from `paramsAt` in the tag's
 * markup.
 * Parameters Jekyll rejects (`x=a[1]`, `x='it''s'`, `x=a | upcase`) are the same error here.
 */
function includeParts(token: TagToken): { file: string; paramsAt: number } {
  rubyBlanksInInclude(token);
  const markup = token.args.trimEnd();
  const file = INCLUDE_DYNAMIC.exec(markup)?.[1] ?? /^\S*/.exec(markup)![0];
  const params = markup.slice(file.length).trim();
  if (!INCLUDE_PARAMS.test(params))
    throw new Error(
      `${token.name}: invalid parameters "${params}" (write name="text", name='text' or name=variable.name)`,
    );
  return { file: file.trim(), paramsAt: file.length };
}

// A blank that JavaScript's `\s` knows and Ruby's does not (a no-break space, U+3000).
const UNICODE_BLANK = /[^\S \t\n\v\f\r]/;

/**
 * Jekyll splits an include's markup at ASCII blanks only, where liquidjs also skips others: a
 * no-break space before or after the file name is part of the name, which Jekyll rejects, and one
 * between the parameters (outside quotes) makes them invalid.
 */
function rubyBlanksInInclude(token: TagToken): void {
  const markup = rubyTagArgs(token, token.input).args;
  if (!UNICODE_BLANK.test(markup) || INCLUDE_DYNAMIC.test(markup)) return;
  const [file = '', params = ''] = markup.split(/[ \t\n\v\f\r]+(.*)/s);
  if (UNICODE_BLANK.test(file))
    throw new Error(
      `${token.name}: invalid syntax for include tag. File contains invalid characters or sequences: ${file} (a file name has no spaces, quotes or ..)`,
    );
  if (UNICODE_BLANK.test(params.replace(/"[^"]*"|'[^']*'/g, '')))
    throw new Error(
      `${token.name}: invalid parameters "${params}" (write name="text", name='text' or name=variable.name)`,
    );
}

/** Where `at`, a place in a tag's markup (`token.args`), is in the template's text. */
function inInput(token: TagToken, at: number): number {
  return token.contentRange[1] - token.args.length + at;
}

/** An include's parameters, read by liquidjs from where includeParts found them, as Jekyll reads them. */
function includeParams(token: TagToken, paramsAt: number, liquid: Liquid): Hash {
  const begin = inInput(token, paramsAt);
  const hash = new Hash(
    new Tokenizer(token.input, liquid.options.operators, token.file, [begin, token.contentRange[1]]),
    true,
  );
  jekyllParams(hash);
  // `include.x` of `x=empty` is the empty text, as any variable set to the literal (storedValue);
  // of `x=nil` or `x=page.missing` it is nil, a key of `include` (`{{ include | jsonify }}` shows `"x":null`).
  const nil = liquid.evalValueSync('nil', {});
  const render = hash.render.bind(hash);
  hash.render = function* (ctx: Context) {
    const scope = (yield* render(ctx)) as Record<string, unknown>;
    for (const key of Object.keys(scope)) {
      const value = scope[key];
      scope[key] = value === undefined || value === nil ? null : storedValue(value);
    }
    return scope;
  };
  return hash;
}

/**
 * An include's quoted parameters as Jekyll reads them (parse_params): a "quoted" value loses the
 * backslash of each `\"`, a 'quoted' one of each `\'`, and every other backslash stays as written
 * (`"C:\new"` is C, colon, backslash, n, e, w). liquidjs's string literals read JavaScript's escapes,
 * so each quoted value is read again from its text.
 */
function jekyllParams(hash: Hash): void {
  for (const value of Object.values(hash.hash)) {
    if (!value || !TypeGuards.isQuotedToken(value)) continue;
    const text = value.getText();
    const quote = text[0]!;
    (value as { content: string }).content = text.slice(1, -1).replaceAll(`\\${quote}`, quote);
  }
}

/**
 * Jekyll's include: with Liquid's nesting limit, so an include that includes itself stops. With
 * `once`, an include of a named file without parameters whose output is the same on every page
 * (include-once.ts: the blog archive sidebar, which reads only `site`) renders once per build and
 * the same text stands in each page, with the variables its assigns leave in the page's scope;
 * rendered on each page it cost a 1,000-post blog's index pages 2 of its 3.3 s.
 */
function jekyllInclude(once?: IncludeOnceSettings) {
  const plans = new Map<string, OncePlan | null>();
  return class extends IncludeTag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      const { file, paramsAt } = includeParts(token);
      super(token, remain, liquid, parser);
      const self = this as unknown as { file: unknown; hash: Hash };
      // A name with `{{ … }}` is Jekyll's whole file part (liquidjs's ends at a space outside them).
      if (file.includes('{{')) self.file = liquid.parse(file, token.file);
      const params = includeParams(token, paramsAt, liquid);
      self.hash = Object.keys(params.hash).length ? params : (new EnclosingInclude() as unknown as Hash);
    }
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const depth = ((ctx.getRegister(DEPTH) as number | undefined) ?? 0) + 1;
      if (depth > MAX_INCLUDE_DEPTH)
        throw new Error(`include: nested more than ${MAX_INCLUDE_DEPTH} deep (does an include include itself?)`);
      const site = once?.site();

      const self = this as unknown as { file: unknown; hash: Hash; withVar?: unknown; currentFile?: string };
      const name = self.file;
      const source = typeof name === 'string' ? once?.source(name) : undefined;
      if (site && source !== undefined && Object.keys(self.hash.hash).length === 0 && !self.withVar) {
        const templates = toValueSync(this.liquid._parsePartialFile(name as string, true, self.currentFile));
        let plan = plans.get(source);
        if (plan === undefined) plans.set(source, (plan = planIncludeOnce(this.liquid, templates, once!.impure)));
        if (plan) {
          const shown = plan;
          const made = once!.fragment(name as string, source, shown.assigns.length === 0, () =>
            renderAlone(this.liquid, templates, site, shown),
          );
          emitter.write(once!.output(made.text));
          Object.assign(ctx.bottom(), made.assigned);
          return;
        }
      }
      ctx.setRegister(DEPTH, depth);
      try {
        yield* super.render(ctx, emitter);
      } finally {
        ctx.setRegister(DEPTH, depth - 1);
      }
    }
  };
}

/**
 * The parameters of an include that has none. Jekyll sets `include` only for a tag with
 * parameters, so an include without them, inside one with them, reads the enclosing include's
 * (`{% include paper.html paper=p %}` whose `{% include links.html %}` reads `include.paper`).
 * liquidjs always sets `include` to the tag's parameters: this hash gives it the enclosing
 * include's (or an empty one at the top, where Jekyll's is nil).
 */
class EnclosingInclude {
  readonly hash = {};
  // A generator, as liquidjs's Hash#render is (the tag yields it).
  // biome-ignore lint/correctness/useYield: nothing to wait for
  *render(ctx: Context): Generator<unknown, Record<string, unknown>, unknown> {
    const outer = ctx.getSync(['include']);
    return outer !== null && typeof outer === 'object' ? (outer as Record<string, unknown>) : {};
  }
}

/** What the include tag needs to render an include once (IncludeOnce, with the includes' texts). */
export interface IncludeOnceSettings extends IncludeOnce {
  /** An include's text by its name, or undefined. */
  source(name: string): string | undefined;
  /** Filters whose output may depend on more than their arguments (plugins'). */
  readonly impure: ReadonlySet<string>;
}

/**
 * `{% include_relative FILE param=value %}`: a file relative to the page's own folder, read from
 * the source (`read` gives its text, or undefined), rendered like an include. A document's
 * `page.path` leaves out `collections_dir` (`collectionsDir`), which Jekyll puts back.
 */
function includeRelativeTag(read: (path: string) => string | undefined, collectionsDir: string) {
  return class extends Tag {
    private readonly file: Template[];
    private readonly hash: Hash;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      const { file, paramsAt } = includeParts(token);
      super(token, remain, liquid);
      this.file = liquid.parse(file, token.file);
      this.hash = includeParams(token, paramsAt, liquid);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const name = ((yield this.liquid.renderer.renderTemplates(this.file, ctx)) as string).trim();
      if (!isJekyllFileName(name))
        throw new Error(
          `include_relative: invalid syntax for include tag. File contains invalid characters or sequences: ${name} (a file name has no spaces, quotes or ..)`,
        );
      // An excerpt's path ends in `/#excerpt` (bodies.ts), which Jekyll takes off here.
      let pagePath = String(ctx.getSync(['page', 'path']) ?? '').replace(/\/#excerpt$/, '');
      if (collectionsDir && ctx.getSync(['page', 'collection'])) pagePath = `${collectionsDir}/${pagePath}`;
      const path = (pagePath.includes('/') ? pagePath.slice(0, pagePath.lastIndexOf('/') + 1) : '') + name;
      const text = read(path);
      if (text === undefined) throw new Error(`include_relative: no file "${path}" in the site`);
      const depth = ((ctx.getRegister(DEPTH) as number | undefined) ?? 0) + 1;
      if (depth > MAX_INCLUDE_DEPTH)
        throw new Error(`include_relative: nested more than ${MAX_INCLUDE_DEPTH} deep (does a file include itself?)`);
      const templates = this.liquid.parse(text, path);
      const scope = (yield this.hash.render(ctx)) as Record<string, unknown>;
      ctx.setRegister(DEPTH, depth);
      // Without parameters, `include` is whatever it is around the tag (see EnclosingInclude).
      ctx.push(Object.keys(this.hash.hash).length ? { include: scope } : {});
      try {
        yield this.liquid.renderer.renderTemplates(templates, ctx, emitter);
      } finally {
        ctx.pop();
        ctx.setRegister(DEPTH, depth - 1);
      }
    }
  };
}

// liquidjs's identifier token (its class is not exported), for the names assign and capture write.
const IdentifierToken = new Tokenizer('x').readIdentifier().constructor as new (
  input: string,
  begin: number,
  end: number,
  file: string | undefined,
) => Token & { content: string };

/** The name Ruby's rule found at `nameAt` in a tag's markup, as liquidjs's token of it (static analysis reads it). */
function nameToken(token: TagToken, name: string, nameAt: number) {
  const begin = inInput(token, nameAt);
  return new IdentifierToken(token.input, begin, begin + name.length, token.file);
}

/**
 * `{% assign NAME = VALUE %}` as Ruby Liquid 5.4 reads it (lax.ts assignParts): NAME is kept as
 * written, so `page.title` makes a variable of that name, which `{{ page.title }}` does not read.
 */
class RubyAssign extends Tag {
  readonly identifier: Token & { content: string };
  readonly key: string;
  readonly value: Value;
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const parts = assignParts(token.args);
    if (!parts) throw new Error("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
    this.identifier = nameToken(token, parts.name, parts.nameAt);
    this.key = parts.name;
    this.tokenizer.p += parts.valueAt;
    this.value = new Value(this.tokenizer.readFilteredValue(), liquid);
  }
  *render(ctx: Context): Generator<unknown, void, unknown> {
    (ctx.bottom() as Record<string, unknown>)[this.key] = storedValue(
      yield this.value.value(ctx, this.liquid.options.lenientIf),
    );
  }
  /** The tag by plain calls (sync-values.ts installs it as the render). */
  renderSync(ctx: Context): void {
    (ctx.bottom() as Record<string, unknown>)[this.key] = storedValue(
      settle(this.value.value(ctx, this.liquid.options.lenientIf)),
    );
  }
  *arguments(): Generator<Value> {
    yield this.value;
  }
  *localScope(): Generator<Token & { content: string }> {
    yield this.identifier;
  }
}

/** `{% capture NAME %}` with Ruby Liquid 5.4's name (lax.ts captureName): `card.title` is a variable of that name. */
class RubyCapture extends CaptureTag {}
// liquidjs's capture reads its name in a method of its own (private in its types), called as it is made.
Object.defineProperty(RubyCapture.prototype, 'readVariable', {
  value(this: Tag) {
    const found = captureName(this.token.args);
    if (!found) throw new Error("Syntax Error in 'capture' - Valid syntax: capture [var]");
    return nameToken(this.token, found.name, found.nameAt);
  },
});

/**
 * `{% tablerow %}` read as Ruby Liquid 5.4 reads it (lax.ts tablerowParts), with Ruby's line
 * breaks (`<tr class="row1">` and each `</tr>` are followed by a newline), which liquidjs leaves out.
 */
class TablerowTag extends Tag {
  private readonly variable: string;
  private readonly collection: Value;
  private readonly hash: Hash;
  private readonly templates: Template[];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    const parts = tablerowParts(token.args);
    if (!parts) throw new Error(`tablerow: expected "ITEM in COLLECTION", got "${token.args.trim()}"`);
    this.variable = parts.variable;
    // Ruby reads the collection with its lax Expression.parse only: `(1 .. 2)` is the variable `(1`, nil.
    this.collection = new Value(laxExpression(parts.collection), liquid);
    this.hash = new Hash(tagAttributes(token.args), liquid.options.keyValueSeparator);
    this.templates = readBlock(token, remain, parser, 'tablerow');
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const value = toValue(yield this.collection.value(ctx, false));
    // Ruby Liquid writes nothing for a collection that is nil or false, not even the row.
    if (value === undefined || value === null || value === false) return;
    // Each by kiln's engine, so that a range keeps its Ruby text (`cols: (1..2)` fails naming 1..2).
    const given = (this.hash as unknown as { hash: Record<string, Token | undefined> }).hash;
    const args: Record<string, unknown> = {};
    for (const key of Object.keys(given)) args[key] = given[key] === undefined ? true : evaluateToken(given[key], ctx);
    // Ruby's tablerow takes `to_i` of what a given key holds: `limit: nil` is 0 cells, `2.5` is 2.
    const offset = rubyToI(args.offset);
    const items = sliceCollection(value, offset, 'limit' in args ? offset + rubyToI(args.limit) : undefined);
    // Without `cols` (or with 0) every cell is in one row and none is the row's last, as in Ruby.
    const cols = rubyToI(args.cols);
    const loop: Record<string, unknown> = markDrop({ length: items.length }, 'Liquid::TablerowloopDrop');
    const scope: Record<string, unknown> = { tablerowloop: loop };
    ctx.push(scope);
    try {
      let out = '<tr class="row1">\n';
      for (let i = 0; i < items.length; i++) {
        const col0 = cols > 0 ? i % cols : i;
        const row = cols > 0 ? Math.floor(i / cols) + 1 : 1;
        if (col0 === 0 && i > 0) out += `</tr>\n<tr class="row${row}">`;
        Object.assign(loop, {
          index: i + 1,
          index0: i,
          rindex: items.length - i,
          rindex0: items.length - i - 1,
          first: i === 0,
          last: i === items.length - 1,
          col: col0 + 1,
          col0,
          row,
          col_first: col0 === 0,
          col_last: col0 === cols - 1,
        });
        scope[this.variable] = items[i];
        const cell = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
        out += `<td class="col${col0 + 1}">${cell}</td>`;
      }
      emitter.write(`${out}</tr>\n`);
    } finally {
      ctx.pop();
    }
  }
}

/** Ruby Liquid's `forloop`, with `parentloop` (the enclosing loop's, across includes too). */
class Forloop extends Drop {
  declare readonly [DROP_CLASS]: DropClass;
  i = 0;
  constructor(
    readonly length: number,
    readonly name: string,
    readonly parentloop: Forloop | null,
  ) {
    super();
  }
  index0() {
    return this.i;
  }
  index() {
    return this.i + 1;
  }
  rindex() {
    return this.length - this.i;
  }
  rindex0() {
    return this.length - this.i - 1;
  }
  first() {
    return this.i === 0;
  }
  last() {
    return this.i === this.length - 1;
  }
}

Object.defineProperty(Forloop.prototype, DROP_CLASS, { value: 'Liquid::ForloopDrop' });

const FOR_STACK = 'kilnForStack';

/**
 * A block's end tag alone (`{% endif %}`), given to liquidjs's own tag as its whole body: it then
 * reads only its opening tag's markup, and kiln reads the body as Ruby Liquid does.
 */
function endTagOnly(name: 'if' | 'for'): TopLevelToken[] {
  let token = END_TAGS.get(name);
  if (!token) END_TAGS.set(name, (token = new Tokenizer(`{% end${name} %}`).readTopLevelTokens()[0]!));
  return [token];
}
const END_TAGS = new Map<string, TopLevelToken>();

/**
 * `{% if %}` with its body read as Ruby Liquid reads it: the markup after `else` and `endif` is
 * ignored (`{% else if x %}` is an else), and a second `else` or an `elsif` after an else starts
 * a body never reached. liquidjs's tag rejects these; it reads the condition.
 */
class RubyIf extends IfTag {
  /** The bodies never reached: only whether they are blank counts (blank.ts). */
  readonly unreached: Template[][] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, endTagOnly('if'), liquid, parser);
    let body = this.branches[0]!.templates;
    const stream = parser
      .parseStream(remain)
      .on('tag:elsif', (tag: TagToken) => {
        const branch = { value: new Value(tag.tokenizer.readFilteredValue(), liquid), templates: [] };
        if (this.elseTemplates) this.unreached.push(branch.templates);
        else this.branches.push(branch);
        body = branch.templates;
      })
      .on('tag:else', () => {
        body = [];
        if (this.elseTemplates) this.unreached.push(body);
        else this.elseTemplates = body;
      })
      .on('tag:endif', () => stream.stop())
      .on('template', (t: Template) => body.push(t))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }
}

/**
 * `{% for %}` as Ruby Liquid runs it: the `else` branch when nothing is left after `offset` and
 * `limit` (`limit: 0` too), and `forloop.parentloop`. liquidjs' own tag parses its markup; its
 * body is read as Ruby does: the markup after `else` and `endfor` is ignored, and a second `else`
 * ends the loop with an empty else (the `endfor` after it then closes nothing: an error).
 */
class RubyFor extends ForTag {
  // The loop's name (`forloop.name`) and its `offset: continue` register's, the same each time.
  private readonly loopName = `${this.variable}-${this.collection.getText()}`;
  private readonly continueKey = `continue-${this.loopName}`;

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, endTagOnly('for'), liquid, parser);
    let body = this.templates;
    const stream = parser
      .parseStream(remain)
      .on('tag:else', () => {
        if (body === this.templates) body = this.elseTemplates;
        else {
          this.elseTemplates = [];
          stream.stop();
        }
      })
      .on('tag:endfor', () => stream.stop())
      .on('template', (t: Template) => body.push(t))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }

  // liquidjs's contract for an engine without kiln's plain calls (renderSync returns nothing).
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    yield this.renderSync(ctx, emitter);
  }

  /** The loop by plain calls: kiln's engine renders by this (sync-values.ts), with no generator a loop. */
  renderSync(ctx: Context, emitter: Emitter): void {
    const renderer = this.liquid.renderer;
    const collection = evaluateToken(this.collection, ctx);
    const continueKey = this.continueKey;
    const hash: Record<string, unknown> = {};
    const given = (this.hash as unknown as { hash: Record<string, Token | undefined> }).hash;
    const keys = Object.keys(given);
    for (const key of keys) {
      const token = given[key];
      // `offset: continue` starts where the last loop of this name stopped, 0 before any; Ruby
      // reads the word so only there (`limit: continue` is a variable, `offset: continue.x` too).
      if (key === 'offset' && token?.getText() === 'continue')
        hash[key] = (ctx.getRegister(continueKey) as number | undefined) ?? 0;
      else hash[key] = token === undefined ? true : evaluateToken(token, ctx);
    }
    // A nil offset is 0 and a nil limit none, as when they are not given (`limit: include.limit`).
    const offset = toValue(hash.offset);
    const limit = toValue(hash.limit);
    const from = offset == null ? 0 : liquidInteger(offset);
    let items = sliceCollection(collection, from, limit == null ? undefined : from + liquidInteger(limit));
    if (hash.reversed !== undefined) items = [...items].reverse();
    ctx.setRegister(continueKey, from + items.length);
    if (!items.length) {
      settle(renderer.renderTemplates(this.elseTemplates, ctx, emitter));
      return;
    }
    const stack = (ctx.getRegister(FOR_STACK) as Forloop[] | undefined) ?? ctx.setRegister(FOR_STACK, []);
    const forloop = new Forloop(items.length, this.loopName, stack.at(-1) ?? null);
    const scope: Record<string, unknown> = { forloop };
    stack.push(forloop);
    ctx.push(scope);
    try {
      for (const item of items) {
        scope[this.variable] = item;
        ctx.continueCalled = ctx.breakCalled = false;
        settle(renderer.renderTemplates(this.templates, ctx, emitter));
        if (ctx.breakCalled) break;
        forloop.i++;
      }
    } finally {
      ctx.continueCalled = ctx.breakCalled = false;
      ctx.pop();
      stack.pop();
    }
  }
}

/**
 * `{% case %}` comparing with the engine's `==` (Ruby Liquid's: `when blank` matches only with
 * ActiveSupport loaded, equals.ts); every matching
 * `when` renders, and a `when a, b` once for each value that matches (Ruby Liquid makes a
 * condition of each value, all with the one body).
 */
class RubyCase extends CaseTag {
  // liquidjs's contract for an engine without kiln's plain calls (renderSync returns nothing).
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    yield this.renderSync(ctx, emitter);
  }

  /** The tag by plain calls, as `for` (sync-values.ts installs it as the render). */
  renderSync(ctx: Context, emitter: Emitter): void {
    const renderer = this.liquid.renderer;
    const target = settle(this.value.value(ctx, false));
    const equals = ctx.opts.operators['=='] as (l: unknown, r: unknown, ctx: Context) => boolean;
    let hit = false;
    for (const branch of this.branches) {
      for (const token of branch.values) {
        if (equals(target, evaluateToken(token, ctx), ctx)) {
          settle(renderer.renderTemplates(branch.templates, ctx, emitter));
          hit = true;
        }
      }
    }
    if (!hit) settle(renderer.renderTemplates(this.elseTemplates, ctx, emitter));
  }
}

/**
 * `{% cycle %}` as Ruby Liquid 5.4 counts: a named cycle's place is kept by its name alone, so two
 * cycles named alike share one count (liquidjs keeps one per name and values); the count takes the
 * value at its place, nothing past a shorter cycle's end, and starts over once it reaches this
 * cycle's length. The value is written as Ruby's `to_s` (`false`, a range `1..3`; a list joined).
 */
class RubyCycle extends CycleTag {
  // One Value per candidate, made here so that kiln's engine evaluates it (a range keeps its text).
  private readonly values: Value[];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    this.values = this.own.candidates.map((c) => new Value(c as never, liquid));
  }
  private get own() {
    return this as unknown as {
      group?: unknown;
      candidates: Array<{ getText(): string; initial: { postfix: Token[] } }>;
    };
  }
  override *render(ctx: Context): Generator<unknown, unknown, unknown> {
    const { group, candidates } = this.own;
    // Ruby names a cycle without a name by its values' inspection, which for a variable holds the
    // object's address: such a cycle counts alone, in this tag (`{% cycle "a", b %}` twice is a, a).
    const readsVariable = () =>
      candidates.some((c) => c.initial.postfix.some((t) => TypeGuards.isPropertyAccessToken(t)));
    const key = group
      ? yield evalToken(group as never, ctx)
      : readsVariable()
        ? this
        : `cycle:${candidates.map((c) => c.getText()).join(',')}`;
    const places = ctx.getRegister('kilnCycles', new Map()) as Map<unknown, number>;
    const count = places.get(key) ?? 0;
    places.set(key, count + 1 >= candidates.length ? 0 : count + 1);
    const value = this.values[count];
    return value ? printedText(toValue(settle(value.value(ctx, false)))) : '';
  }
}

// Tags that only close or divide a block: inside a comment they belong to the block around them.
const DELIMITERS = new Set(['else', 'elsif', 'when']);

/**
 * `{% comment %}` as Ruby Liquid 5.4 reads it: the text inside is parsed (a malformed tag is an
 * error), nested comments nest, and unknown tags are ignored; nothing is output.
 */
class RubyComment extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    const body: TopLevelToken[] = [];
    let depth = 0;
    while (remain.length) {
      const t = remain.shift()!;
      const name = t.kind === TokenKind.Tag ? (t as TagToken).name : undefined;
      if (name === 'comment') depth++;
      else if (name === 'endcomment' && depth-- === 0) {
        parser.parseTokens(
          body.filter((b) => {
            const n = b.kind === TokenKind.Tag ? (b as TagToken).name : undefined;
            return n === undefined || n in liquid.tags || DELIMITERS.has(n) || n.startsWith('end');
          }),
        );
        return;
      }
      body.push(t);
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }
  render(): void {}
}

const IFCHANGED = 'kilnIfchanged';

/**
 * `{% ifchanged %}…{% endifchanged %}` (Ruby Liquid 5.4): its body rendered, and output only when
 * the text differs from what the last `ifchanged` output in this render (a page and each of its
 * layouts render apart; an include shares its page's). The tag's markup is ignored, as in Ruby.
 */
/**
 * Liquid 5's `render`, which Jekyll 4.3 does not allow: a name that is no quoted string is a
 * syntax error where the tag is read, and any render fails as Jekyll's does (liquidjs' own tag
 * would render the file).
 */
class RenderTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    if (!/^\s*(?:"[^"]*"|'[^']*')/.test(token.args))
      throw new Error("Syntax error in tag 'render' - Template name must be a quoted string");
  }
  // biome-ignore lint/correctness/useYield: liquidjs asks a tag's render of a generator
  *render(): Generator<unknown, void, unknown> {
    throw new Error('This liquid context does not allow includes (Jekyll has no render tag: use include)');
  }
}

class IfchangedTag extends Tag {
  private readonly templates: Template[];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    this.templates = readBlock(token, remain, parser, 'ifchanged');
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const text = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    const last = ctx.getRegister(IFCHANGED, { text: undefined as string | undefined });
    if (text === last.text) return;
    last.text = text;
    emitter.write(text);
  }
  // Its body is a block's (static analysis, and includes' output kept apart from the text compared).
  // biome-ignore lint/correctness/useYield: liquidjs asks a tag's children of a generator
  *children(): Generator<unknown, Template[], unknown> {
    return this.templates;
  }
}

/**
 * What a `for` loops over: an array as it is, a hash's [key, value] pairs, a non-empty string
 * once, a post or document its drop's keys (Jekyll's Drop#each gives names only).
 */
function enumerable(value: unknown): unknown[] {
  const v = value instanceof Drop ? value.valueOf() : value;
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return v ? [v] : [];
  if (v !== null && typeof v === 'object') {
    if (Symbol.iterator in v) return Array.from(v as Iterable<unknown>);
    if (DOCUMENT_VIEW in v) return documentKeys(v as Record<string, unknown>);
    // Jekyll's other drops give their keys too; Liquid's drops and `jekyll` have no each.
    const cls = dropClass(v);
    if (cls && isLiquidDrop(cls)) return [];
    if (cls && cls !== 'Jekyll::Drops::SiteDrop') return Object.keys(v);
    return rubyPairs(v);
  }
  return [];
}

/**
 * Ruby Liquid's Utils.slice_collection, which `for` and `tablerow` loop over: the items from index
 * `from` up to before index `to` (a negative `from` is 0, a `to` at or below 0 leaves nothing), but a
 * text is one item whatever `offset` and `limit` say.
 */
function sliceCollection(value: unknown, from: number, to: number | undefined): unknown[] {
  const items = enumerable(value);
  if (typeof (value instanceof Drop ? value.valueOf() : value) === 'string') return items;
  return items.slice(Math.max(0, from), to === undefined ? undefined : Math.max(0, to));
}

/** kiln's tags and Jekyll's in a Liquid engine. */
export function registerTags(
  liquid: Liquid,
  urlOf: (tag: 'post_url' | 'link', target: string) => string,
  readSource: (path: string) => string | undefined,
  colour: Highlighter,
  includeCache?: IncludeCacheSettings,
  once?: IncludeOnceSettings,
  collectionsDir = '',
): void {
  liquid.registerTag('highlight', highlightTag(colour));
  liquid.registerTag('toc', TocTag);
  liquid.registerTag('post_url', urlTag('post_url', urlOf));
  liquid.registerTag('link', urlTag('link', urlOf));
  const include = jekyllInclude(once);
  liquid.registerTag('include', include);
  liquid.registerTag('render', RenderTag);
  // jekyll-include-cache's tag: an include whose first text stands for the build.
  if (includeCache) liquid.registerTag('include_cached', includeCachedTag(include, includeCache));
  liquid.registerTag('include_relative', includeRelativeTag(readSource, collectionsDir));
  liquid.registerTag('tablerow', TablerowTag);
  liquid.registerTag('assign', RubyAssign);
  liquid.registerTag('capture', RubyCapture);
  liquid.registerTag('if', RubyIf);
  liquid.registerTag('for', RubyFor);
  liquid.registerTag('case', RubyCase);
  liquid.registerTag('cycle', RubyCycle);
  liquid.registerTag('comment', RubyComment);
  liquid.registerTag('ifchanged', IfchangedTag);
}

/** A plugin's block tag (`{% static_href %}…{% endstatic_href %}`): its output made of its rendered body. */
export function blockTag(name: string, output: (body: string) => string) {
  return class extends Tag {
    private readonly templates: Template[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      this.templates = readBlock(token, remain, parser, name);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      emitter.write(output((yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string));
    }
  };
}
