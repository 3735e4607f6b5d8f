import { hashKeyText } from '../../../shared/yaml-keys.js';
import { NOT_A_VIEW, readOwnField } from '../../reads.js';
import { DOCUMENT_VIEW, DROP_CLASS, EMPTY_LIST_DEFAULT } from '../../types.js';
import { rangeText } from '../filters/literals.js';
import { dropClass, isLiquidDrop } from '../filters/ruby.js';
import { rubyRange } from './integers.js';
import {
  CaptureTag,
  type Context,
  type Emitter,
  Expression,
  evalToken,
  type Filter,
  IfTag,
  isTruthy,
  type Liquid,
  LiquidError,
  Output,
  type PropertyAccessToken,
  RenderError,
  type Template,
  type Token,
  Tokenizer,
  TokenKind,
  TypeGuards,
  toValue,
  toValueSync,
  UndefinedVariableError,
  UnlessTag,
  Value,
} from './liquidjs.js';
import { rubyLookupText } from './nested-lookups.js';

/**
 * liquidjs renders through generators, so that one code path serves its promise-based rendering
 * too: a property read is four generators, a block's body one more, each resumed by `toValueSync`.
 * kiln renders synchronously only, and its values and filters never hand back a promise, so its
 * engine renders by plain calls where that is most of the work: the values of each parsed
 * template (the same steps in the same order: operands, operators, property reads by liquidjs's
 * own-fields rule (`readProperty` below), filters with their arguments, a range with its ends
 * read as Ruby reads them (integers.ts); a nested filtered value and strict variables by
 * liquidjs's own code), text and outputs, the bodies of blocks,
 * `if`, `unless`, `assign`, `capture`, and kiln's tags that have a `renderSync` (`for`, `case`). The methods
 * are given to kiln's parsed objects and its engine's renderer alone, not to liquidjs's classes.
 * `test/unit/render/liquid-sync-values.test.ts` holds the results and errors to liquidjs's on
 * seeded random templates (`npm run fuzz:sync-values`: a fresh seed). Figures: README,
 * Performance, "twelfth sitting" to "fourteenth sitting" (a Chirpy blog of 316 posts 12.3 → 6.5
 * s, then 7.1 → 5.0 s, then 5.4 → 3.6 s).
 */
export function renderWithoutGenerators(liquid: Liquid): void {
  renderBlocksSynchronously(liquid);
  const parser = liquid.parser;
  const parseToken = parser.parseToken.bind(parser);
  parser.parseToken = (token, remainTokens) => {
    const made = parseToken(token, remainTokens);
    for (const key of Object.keys(made)) visit((made as unknown as Record<string, unknown>)[key]);
    // Text and outputs, most of what a template renders, write without a generator of their own.
    // (liquidjs's renderTemplates takes what a template's render gives back, an iterator or not.)
    const plain = made as unknown as { render(ctx: Context, emitter: Emitter): void };
    if (token.kind === TokenKind.HTML) {
      const text = (made as unknown as { str: string }).str;
      plain.render = (_ctx, emitter) => emitter.write(text);
    } else if (made instanceof Output) {
      const value = (made as unknown as { value: Valuing }).value;
      plain.render = (ctx, emitter) => emitter.write(toValue(value.value(ctx, false)));
    } else if (made instanceof IfTag || made instanceof UnlessTag) {
      // The tags most loop bodies hold (a related-posts loop: an `if` and an `assign` a turn).
      const { branches, elseTemplates } = made as unknown as Branching;
      plain.render = (ctx, emitter) => renderBranches(liquid, branches, elseTemplates ?? [], ctx, emitter);
    } else if (typeof (made as unknown as Partial<RendersSync>).renderSync === 'function') {
      // kiln's own tags (`for`, `case`, `assign`) with a plain render beside liquidjs's generator.
      const tag = made as unknown as RendersSync;
      plain.render = (ctx, emitter) => tag.renderSync(ctx, emitter);
    } else if (made instanceof CaptureTag) {
      // A capture in a loop (a related-posts score a post) renders its body by the plain loop too.
      const { variable, templates } = made as unknown as { variable: string; templates: Template[] };
      const renderer = liquid.renderer as unknown as { renderTemplates: RenderTemplates };
      const theirs = plain.render.bind(made);
      plain.render = (ctx, emitter) => {
        if (ctx.opts.keepOutputType || ctx.opts.catchAllErrors) return toValueSync(theirs(ctx, emitter));
        const text = new TextEmitter();
        renderer.renderTemplates(templates, ctx, text as unknown as Emitter);
        (ctx.bottom() as Record<string, unknown>)[variable] = text.buffer;
      };
    }
    return made;
  };
}

/**
 * The bodies of blocks (an `if`'s branch, each turn of a `for`) rendered into their emitter by a
 * plain loop, as liquidjs's `renderTemplates` does (each template's render run, its text written,
 * a `break` or `continue` ending the block, another error than Liquid's made a RenderError at the
 * template); it hands back what the emitter holds, which a tag's `yield` takes as it is. A render
 * with no emitter yet (the page itself, `capture`) or that collects its errors keeps liquidjs's.
 */
function renderBlocksSynchronously(liquid: Liquid): void {
  const renderer = liquid.renderer as unknown as { renderTemplates: RenderTemplates };
  const theirs = renderer.renderTemplates;
  renderer.renderTemplates = function (templates, ctx, emitter) {
    if (!emitter || ctx.opts.catchAllErrors) return theirs.call(this, templates, ctx, emitter);
    // A render time limit is checked only when one was set (liquidjs's default has none).
    const limit = (ctx as unknown as { renderLimit: { limit: number; check(now: number): void } }).renderLimit;
    const timed = Number.isFinite(limit.limit);
    if (timed) limit.check(performance.now());
    for (const template of templates) {
      if (timed) limit.check(performance.now());
      try {
        const html = settle(template.render(ctx, emitter));
        if (html) emitter.write(html);
        if (ctx.breakCalled || ctx.continueCalled) break;
      } catch (e) {
        throw LiquidError.is(e) ? e : new RenderError(e as Error, template);
      }
    }
    return (emitter as unknown as { buffer: unknown }).buffer;
  };
}

/** What liquidjs's SimpleEmitter (not exported) does: each value written as its text, nil as none, a list's items joined. */
class TextEmitter {
  buffer = '';
  write(html: unknown): void {
    this.buffer += text(html);
  }
}

function text(value: unknown): string {
  const v = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join('');
  return String(v);
}

// What every generator object inherits: liquidjs's generators (its tags' renders, its filters) are run.
const GENERATOR = Object.getPrototypeOf(function* () {}).prototype as object;
const inherits = Object.prototype.isPrototypeOf;

/**
 * `toValueSync` for what kiln's plain calls give: a generator is run to its value, anything else
 * is the value. liquidjs asks any object for `next`, `throw` and `return` instead, which a kiln
 * view answers through its traps (a post's `next` is its neighbour, recorded as read).
 */
export function settle(value: unknown): unknown {
  return typeof value === 'object' && value !== null && inherits.call(GENERATOR, value) ? toValueSync(value) : value;
}

/** A tag that renders by plain calls as well as by liquidjs's generator `render`. */
type RendersSync = { renderSync(ctx: Context, emitter: Emitter): void };

type RenderTemplates = (templates: Template[], ctx: Context, emitter?: Emitter) => unknown;

/** An `if`'s or `unless`'s branches as liquidjs parsed them (an `unless` gives each its test). */
type Branching = {
  branches: { value: Valuing; test?: (value: unknown, ctx: Context) => boolean; templates: Template[] }[];
  elseTemplates?: Template[];
};

/** The first branch whose condition holds rendered, else the `else` branch, as liquidjs's tags do. */
function renderBranches(
  liquid: Liquid,
  branches: Branching['branches'],
  elseTemplates: Template[],
  ctx: Context,
  emitter: Emitter,
): void {
  const renderer = liquid.renderer as unknown as { renderTemplates: RenderTemplates };
  for (const { value, test = isTruthy, templates } of branches) {
    if (test(toValue(settle(value.value(ctx, ctx.opts.lenientIf))), ctx)) {
      settle(renderer.renderTemplates(templates, ctx, emitter));
      return;
    }
  }
  settle(renderer.renderTemplates(elseTemplates, ctx, emitter));
}

function visit(v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  if (v instanceof Value) syncValue(v);
  else if (v instanceof Expression) syncExpression(v);
  else if (Array.isArray(v)) for (const item of v) visit(item);
  else {
    // A tag's own records (an `if`'s branches: `{ value, templates }`); templates are visited as parsed.
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) for (const key of Object.keys(v)) visit((v as never)[key]);
  }
}

type Evaluating = { evaluate(ctx: Context, lenient?: boolean): unknown };
type Valuing = { value(ctx: Context, lenient?: boolean): unknown };

// Values and expressions are shared (parseOutputsOnce): one given its method already has it as its own.
function syncValue(value: Value): void {
  if (Object.hasOwn(value, 'value')) return;
  syncExpression(value.initial);
  const filters = value.filters;
  (value as unknown as Valuing).value = (ctx, lenient) => {
    // liquidjs's rule: a value whose first filter is `default` reads undefined variables leniently.
    const loose = lenient || (ctx.opts.lenientIf && filters.length > 0 && filters[0]!.name === 'default');
    let result = (value.initial as unknown as Evaluating).evaluate(ctx, loose);
    for (const filter of filters) result = applyFilter(filter, result, ctx);
    return result;
  };
}

// What liquidjs keeps private in a filter: the call is made as its own `render` makes it.
type FilterParts = { handler: (...args: unknown[]) => unknown; token: unknown; liquid: Liquid };

function applyFilter(filter: Filter, input: unknown, ctx: Context): unknown {
  const args: unknown[] = [input];
  for (const arg of filter.args)
    args.push(Array.isArray(arg) ? [arg[0], operand(arg[1] as Token, ctx, false)] : operand(arg as Token, ctx, false));
  const { handler, token, liquid } = filter as unknown as FilterParts;
  return settle(handler.apply({ context: ctx, token, liquid }, args));
}

// liquidjs's only unary operator.
const UNARY = 'not';

function syncExpression(expression: Expression): void {
  if (Object.hasOwn(expression, 'evaluate')) return;
  const postfix = expression.postfix;
  (expression as unknown as Evaluating).evaluate = (ctx, lenient = false) => {
    if (postfix.length === 1) return operand(postfix[0]!, ctx, lenient);
    const operands: unknown[] = [];
    for (const token of postfix) {
      if (!TypeGuards.isOperatorToken(token)) {
        operands.push(operand(token, ctx, lenient));
        continue;
      }
      const operator = ctx.opts.operators[token.operator] as (...args: unknown[]) => unknown;
      const right = operands.pop();
      if (token.operator === UNARY) operands.push(settle(operator(right, ctx)));
      else operands.push(settle(operator(operands.pop(), right, ctx)));
    }
    return operands[0];
  };
}

/** A tag's token (a `for`'s collection, its `limit:`) as `toValueSync(evalToken(token, ctx))` gives it. */
export function evaluateToken(token: Token, ctx: Context): unknown {
  return operand(token, ctx, false);
}

/** A token's value as liquidjs's `evalToken` gives it (drops kept as drops). */
function operand(token: Token, ctx: Context, lenient: boolean): unknown {
  if ('content' in token) return (token as { content: unknown }).content;
  if (TypeGuards.isPropertyAccessToken(token) && !ctx.strictVariables) return read(token, ctx);
  // A range is a list here; it keeps Ruby's text of it for the filters that read that (where).
  if (TypeGuards.isRangeToken(token)) {
    const literal = isLiteral(token.lhs) && isLiteral(token.rhs);
    return rubyRange(operand(token.lhs, ctx, lenient), operand(token.rhs, ctx, lenient), literal, ctx);
  }
  return toValueSync(evalToken(token, ctx, lenient));
}

/** A literal Ruby Liquid reads once, as it parses (a number, a quoted text, `true`, `nil`, `empty`). */
function isLiteral(token: Token): boolean {
  return TypeGuards.isNumberToken(token) || TypeGuards.isQuotedToken(token) || TypeGuards.isLiteralToken(token);
}

/** `a.b[c]`: each key's value (a drop's own value), then the reads from the scope that has the first. */
function read(token: PropertyAccessToken, ctx: Context): unknown {
  const ruby = rubyLookup(token);
  if (ruby !== token) return ruby ? read(ruby, ctx) : undefined;
  let keys = constantKeys(token);
  if (keys === null) {
    keys = [];
    for (const prop of token.props) keys.push(toValue(operand(prop, ctx, false)));
  }
  const afterDot = commandKeys(token);
  try {
    let scope: unknown = token.variable
      ? operand(token.variable, ctx, false)
      : (ctx as unknown as { findScope(key: unknown): object }).findScope(keys[0]);
    for (let i = 0; i < keys.length; i++)
      scope = afterDot[i] ? readProperty(scope, keys[i], ctx) : readKey(scope, keys[i], ctx);
    return scope;
  } catch (e) {
    // As liquidjs: any failure of the reads is reported at the variable.
    throw new UndefinedVariableError(e as Error, token);
  }
}

const RUBY_LOOKUP = Symbol('kilnRubyLookup');

/**
 * The read Ruby Liquid makes of the token's text (nested-lookups.ts): the token itself, most
 * often; another read where a bracket holds a bracket; null where Ruby reads no variable.
 */
function rubyLookup(
  token: PropertyAccessToken & { [RUBY_LOOKUP]?: PropertyAccessToken | null },
): PropertyAccessToken | null {
  let made = token[RUBY_LOOKUP];
  if (made === undefined) {
    made = token;
    const text = rubyLookupText(token.input.slice(token.begin, token.end));
    if (text !== undefined) {
      const value = new Tokenizer(text).readValue();
      made = value && TypeGuards.isPropertyAccessToken(value) ? value : null;
      // The read made is Ruby's already: its own brackets in brackets are read as they are.
      if (made) (made as typeof token)[RUBY_LOOKUP] = made;
    }
    token[RUBY_LOOKUP] = made;
  }
  return made;
}

const CONSTANT_KEYS = Symbol('kilnConstantKeys');

/** A read's keys when each is written out (`a.b["c"][0]`, most reads): found once per token. */
function constantKeys(token: PropertyAccessToken & { [CONSTANT_KEYS]?: unknown[] | null }): unknown[] | null {
  let keys = token[CONSTANT_KEYS];
  if (keys === undefined) {
    const props = token.props as unknown as { content?: unknown }[];
    keys = props.every((p) => 'content' in p) ? props.map((p) => toValue(p.content)) : null;
    token[CONSTANT_KEYS] = keys;
  }
  return keys;
}

const COMMAND_KEYS = Symbol('kilnCommandKeys');

/** Which of a read's keys follow a dot (`a.size`), not brackets (`a["size"]`, `a[k]`): found once per token. */
function commandKeys(token: PropertyAccessToken & { [COMMAND_KEYS]?: boolean[] }): boolean[] {
  return (token[COMMAND_KEYS] ??= token.props.map((p) => TypeGuards.isWordToken(p)));
}

// Keys liquidjs's `readProperty` gives a meaning of its own when the object has no such field.
const LIQUID_KEYS = new Set(['size', 'first', 'last']);

/**
 * `scope[key]` for a key in brackets: Ruby's Liquid makes `size`, `first` and `last` commands
 * only after a dot, so `list["size"]` and `text["first"]` are nil and `hash["size"]` is the hash's
 * own `size` key or nil (Jekyll 4.3); any other key reads as after a dot.
 */
function readKey(scope: unknown, key: unknown, ctx: Context): unknown {
  // A Ruby Range has no `[]`: brackets read nothing of it.
  if (rangeText(scope) !== undefined) return undefined;
  if (typeof key !== 'string' || !LIQUID_KEYS.has(key)) return readProperty(scope, key, ctx);
  if (typeof scope !== 'object' || scope === null) return undefined;
  if (Array.isArray(scope) && typeof (scope as { toLiquid?: unknown }).toLiquid !== 'function') return undefined;
  const field = readOwnField(scope, key);
  if (field !== NOT_A_VIEW) {
    // A post's view stands for a Jekyll drop, whose brackets call its methods: `first` (Enumerable's,
    // its first field and value) is one, `size` and `last` are not.
    if (field === undefined && key === 'first') return readProperty(scope, key, ctx);
    return typeof field === 'function' ? field.call(scope) : field;
  }
  const value = plainField(scope, key);
  // A drop (forloop's `first`) answers its own fields in brackets too, as Liquid's drops do.
  return value === NOT_PLAIN ? readProperty(scope, key, ctx) : value;
}

const NOT_PLAIN = Symbol('kilnNotPlain');

/**
 * A plain object's own field (undefined when it has none, or when the key is one YAML read as a
 * number, nil or boolean: Ruby's Hash#[] finds that by its value only; a text key kept under other
 * text found there), or NOT_PLAIN for a drop or any other object.
 */
function plainField(scope: object, key: string): unknown {
  const proto = Object.getPrototypeOf(scope);
  const fields = scope as Record<string, unknown>;
  if ((proto !== Object.prototype && proto !== null) || typeof fields.toLiquid === 'function') return NOT_PLAIN;
  const text = hashKeyText(scope, key);
  return text !== undefined && Object.hasOwn(fields, text) ? fields[text] : undefined;
}

/**
 * `scope[key]` as liquidjs's `readProperty` reads it (own fields only, a function field called).
 * A field of one of kiln's views (a post, a page, a paginator) is read from the view's own reader:
 * through the proxy, that rule and liquidjs's checks (`toLiquid`, array or not, `hasOwnProperty`,
 * the value) were four or five traps a field. Any other plain object (scopes, data, front matter's
 * maps) is read by the same rule directly: a Chirpy page reads thousands of fields.
 */
function readProperty(scope: unknown, key: unknown, ctx: Context): unknown {
  const ownOnly = (ctx as unknown as { ownPropertyOnly: boolean }).ownPropertyOnly;
  // `list[i]`, a negative index from the end (`site.posts` is a proxy: each trap records it alike).
  if (
    ownOnly &&
    typeof key === 'number' &&
    Array.isArray(scope) &&
    typeof (scope as { toLiquid?: unknown }).toLiquid !== 'function'
  ) {
    const index = key < 0 ? scope.length + key : key;
    return Object.hasOwn(scope, index) ? scope[index] : undefined;
  }
  if (ownOnly && typeof key === 'string' && typeof scope === 'object' && scope !== null && !LIQUID_KEYS.has(key)) {
    let field = readOwnField(scope, key);
    if (field === NOT_A_VIEW) field = plainField(scope, key);
    // A page's key YAML read as a number is found by that number only, as in a plain hash.
    else if (field !== undefined && hashKeyText(scope, key) === undefined) return undefined;
    if (field !== NOT_PLAIN) return typeof field === 'function' ? field.call(scope) : field;
  }
  // A post's or document's view stands for Jekyll's drop, which has no `size`: only a field of that
  // name; so do Jekyll's other drops and Liquid's (`forloop.size` is nil).
  if (
    key === 'size' &&
    typeof scope === 'object' &&
    scope !== null &&
    (DOCUMENT_VIEW in scope || DROP_CLASS in scope)
  ) {
    const field = readOwnField(scope, key);
    return field === NOT_A_VIEW ? (scope as { size?: unknown }).size : field;
  }
  // Liquid's drops and `jekyll` are not Enumerable: `first` and `last` are their own methods or nil.
  if ((key === 'first' || key === 'last') && isLiquidDrop(dropClass(scope) ?? 'Jekyll::Drops::SiteDrop')) {
    const method = (scope as Record<string, unknown>)[key];
    return typeof method === 'function' ? method.call(scope) : method;
  }
  const value = settle(ctx.readProperty(scope as object, key as string));
  // Liquid reads a Hash at an Integer key it lacks: `site.tags`' default, an empty list, answers.
  if (value === undefined && Number.isInteger(key) && typeof scope === 'object' && scope !== null)
    if ((scope as { [EMPTY_LIST_DEFAULT]?: true })[EMPTY_LIST_DEFAULT]) return [];
  return value;
}
