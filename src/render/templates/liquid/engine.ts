import { isJekyllFileName } from '../../../shared/jekyll-file-name.js';
import type { Counters } from '../../counters.js';
import { DROP_CLASS } from '../../types.js';
import type { Evaluate } from '../filters/collections.js';
import { type FilterSettings, liquidFilters } from '../filters/index.js';
import { METHOD_LITERAL } from '../filters/literals.js';
import type { Highlighter, SimpleTag } from '../tags.js';
import { rubyBlankBlocks } from './blank.js';
import { RubyContext } from './context.js';
import { registerCounterTags } from './counters.js';
import {
  EXPRESSION_SCOPE,
  isMethodLiteral,
  isPlainObject,
  rubyAnd,
  rubyContains,
  rubyEqualsWith,
  rubyOr,
  rubyOrder,
  settled,
  UNKNOWN_OPERATOR,
  unknownOperator,
} from './equals.js';
import { contextValue } from './expression.js';
import type { IncludeCacheSettings } from './include-cached.js';
import type { IncludeOnce } from './include-once.js';
import { laxSource, laxTemplate, type OnRejected, TextSkippingTokenizer } from './lax.js';
import { MAX_RENDER_MEMORY } from './limits.js';
import {
  Context,
  defaultOperators,
  type FS,
  Liquid,
  LookupType,
  type Template,
  TokenKind,
  toValue,
  toValueSync,
  Value,
} from './liquidjs.js';
import { printedText } from './printed.js';
import { strictMarkup } from './strict.js';
import { renderWithoutGenerators } from './sync-values.js';
import { blockTag, registerTags } from './tags.js';

/** What the Liquid engine needs to know of the site. */
export interface LiquidSettings {
  readonly includes: ReadonlyMap<string, string>;
  /** What Jekyll's filters need to know of the site. */
  readonly filters: FilterSettings;
  readonly urlOf: (tag: 'post_url' | 'link', target: string) => string;
  /** A source file's text by its path (`include_relative`), or undefined. */
  readonly readSource: (path: string) => string | undefined;
  /** The config's `collections_dir`, which a document's `page.path` leaves out. */
  readonly collectionsDir?: string;
  /** What `{% highlight %}` colours code with. */
  readonly colour: Highlighter;
  /** Tags the site's plugins add (`{% seo %}`): text made from the template's variables. */
  readonly tags?: ReadonlyMap<string, SimpleTag>;
  /** Variables every template sees (Jekyll's `jekyll`). */
  readonly globals?: object;
  /** Whether Ruby's ActiveSupport is loaded (jekyll-mentions loads it): `x == blank` asks its `blank?`. */
  readonly activeSupport?: boolean;
  /** `{% include_cached %}` is a tag (the jekyll-include-cache plugin) with the build's cache. */
  readonly includeCache?: IncludeCacheSettings;
  /** How includes that read only `site` render once per build (include-once.ts). */
  readonly includeOnce?: IncludeOnce;
  /** The build's `{% increment %}` counters (render/counters.ts); none: each render keeps its own. */
  readonly counters?: Counters;
}

const INCLUDES = '_includes/';

/**
 * Liquid as Jekyll 4 has it (Ruby Liquid 5.4, lax): liquidjs with Jekyll's include (literal or
 * `{{ }}` file names, `include.*` parameters), unknown filters and variables ignored, object
 * properties only (never prototypes), Ruby's integer arithmetic, Jekyll's filters and tags.
 */
export function createLiquid(settings: LiquidSettings) {
  const includeFs: FS = {
    resolve: (_dir, file) => INCLUDES + file,
    // Every name "exists": reading it gives kiln's message for a missing or malformed one.
    existsSync: () => true,
    exists: async () => true,
    readFileSync: (path) => readInclude(path),
    readFile: async (path) => readInclude(path),
    containsSync: () => true,
    contains: async () => true,
    dirname: () => '',
    sep: '/',
  };
  // Jekyll joins the name to `_includes/` as a path: `/footer.html` is `_includes/footer.html`.
  const includeSource = (name: string) => settings.includes.get(name.startsWith('/') ? name.slice(1) : name);
  const readInclude = (path: string) => {
    const name = path.slice(INCLUDES.length);
    const quoted = /^(["'])(.*)\1$/.exec(name);
    if (quoted) throw new Error(`include: Liquid takes the file name without quotes: {% include ${quoted[2]} %}`);
    if (!isJekyllFileName(name))
      throw new Error(
        `include: invalid syntax for include tag. File contains invalid characters or sequences: ${name} (a file name has no spaces, quotes or ..)`,
      );
    const src = includeSource(name);
    if (src === undefined) throw new Error(`include: no file "${name}" in _includes`);
    return laxSource(liquid, src, path);
  };
  const equals = rubyEqualsWith(settings.activeSupport === true);
  const liquid: Liquid = new Liquid({
    fs: includeFs,
    globals: settings.globals ?? {},
    root: ['.'],
    partials: ['.'],
    relativeReference: false,
    jekyllInclude: true,
    dynamicPartials: false,
    strictFilters: false,
    strictVariables: false,
    ownPropertyOnly: true,
    // Named, so liquidjs does not ask Intl for the process's locale: kiln's own date filters print
    // dates, and Intl's first use loads ICU's locale tables (tens of milliseconds of a short build).
    locale: 'en-US',
    // What one page's render may make: numbers of ranges (`(1..1000000000000)`, or a range inside
    // another's loop) and text built by filters, counted together. Far above what real pages make.
    memoryLimit: MAX_RENDER_MEMORY,
    cache: true,
    operators: {
      ...defaultOperators,
      '==': equals,
      '!=': (l: unknown, r: unknown, ctx: Context) => !equals(l, r, ctx),
      '<>': (l: unknown, r: unknown, ctx: Context) => !equals(l, r, ctx),
      '<': rubyOrder('<'),
      '>': rubyOrder('>'),
      '<=': rubyOrder('<='),
      '>=': rubyOrder('>='),
      contains: rubyContains,
      and: rubyAnd,
      or: rubyOr,
      [UNKNOWN_OPERATOR]: unknownOperator,
    },
    outputEscape: printed,
  });

  readWithOneParser(liquid);
  parseOutputsOnce(liquid);
  renderWithoutGenerators(liquid);
  rubyBlankBlocks(liquid);

  // where_exp's and group_by_exp's expressions, evaluated in the calling template's context
  // (liquidjs hands a filter its context as `this.context`); with none (Nunjucks), in `vars` alone.
  const parsedValues = new Map<string, Value>();
  const evaluate: Evaluate = (self, written, vars) => {
    // Jekyll reads them with Ruby Liquid's strict parser first, which skips blanks (`p .n` is `p.n`).
    const expression = strictMarkup('variable', written) ?? strictMarkup('condition', written) ?? written;
    const ctx = (self as { context?: unknown } | undefined)?.context;
    if (!(ctx instanceof Context)) return settled(toValueSync(liquid.evalValueSync(expression, vars)));
    let value = parsedValues.get(expression);
    if (!value) parsedValues.set(expression, (value = new Value(expression, liquid)));
    ctx.push({ ...vars, [EXPRESSION_SCOPE]: true });
    try {
      return settled(toValueSync(value.value(ctx, false)));
    } finally {
      ctx.pop();
    }
  };
  // Filters get plain values: liquidjs' nil, empty and blank literals are objects (drops).
  for (const [name, fn] of Object.entries(liquidFilters(settings.filters, evaluate))) {
    // An argument written but missing (`join: include.sep`) is Ruby's nil, not an argument left
    // out: the filter's own default is for the latter only.
    const plain = function (this: unknown, ...args: unknown[]) {
      return fn.apply(
        this,
        args.map((a, k) => (k > 0 && a === undefined ? null : toValue(a))),
      );
    };
    // Ruby Liquid hands a filter the `empty` or `blank` literal written as its input, an object
    // with no `empty?`: `default` gives it back, which prints as nothing.
    // `where` and `find` have a rule of their own for the literal as the value they look for.
    const own =
      name === 'default'
        ? function (this: unknown, ...args: unknown[]) {
            return isMethodLiteral(args[0]) ? '' : plain.apply(this, args);
          }
        : name === 'where' || name === 'find'
          ? function (this: unknown, ...args: unknown[]) {
              const given = args.map(toValue);
              if (isMethodLiteral(args[2])) given[2] = METHOD_LITERAL;
              return fn.apply(this, given);
            }
          : plain;
    liquid.registerFilter(name, own);
  }
  registerTags(
    liquid,
    settings.urlOf,
    (path) => {
      const text = settings.readSource(path);
      return text === undefined ? undefined : laxSource(liquid, text, path);
    },
    settings.colour,
    settings.includeCache,
    settings.includeOnce && {
      site: () => settings.includeOnce!.site(),
      fragment: (name, source, reusable, render) => settings.includeOnce!.fragment(name, source, reusable, render),
      output: (text) => settings.includeOnce!.output(text),
      source: includeSource,
      impure: new Set(settings.filters.extra?.keys()),
    },
    settings.collectionsDir,
  );
  registerCounterTags(liquid, settings.counters);
  for (const [name, fn] of settings.tags ?? []) {
    const block = fn.liquidBlock;
    if (block) {
      liquid.registerTag(name, blockTag(name, block));
      continue;
    }
    liquid.registerTag(name, {
      parse(token) {
        this.args = token.args.trim();
      },
      render(ctx) {
        const own = fn.liquid;
        if (own)
          return own(this.args, {
            value: (markup) => contextValue(markup, ctx),
            render: (text) => liquid.renderSync(liquid.parse(text), ctx) as string,
          });
        return fn(ctx.getAll() as Record<string, unknown>, this.args ? [this.args] : []);
      },
    });
  }

  return {
    liquid,
    /** `where_exp`'s evaluation, for the same filters in Nunjucks (no template context there). */
    evaluate,
    /**
     * Parses a template (throws liquidjs' errors, with file and line); `rejected` hears of the
     * markup Ruby's strict parser rejects (lax.ts).
     */
    parse(src: string, file: string, rejected?: OnRejected): Template[] {
      const { source, tokens } = laxTemplate(liquid, src, file, rejected);
      // Read once: the tokens laxTemplate read are the parser's when it changed nothing.
      return tokens ? liquid.parser.parseTokens(tokens) : liquid.parse(source, file);
    },
    render(template: Template[], context: Record<string, unknown>): string {
      return liquid.renderSync(template, new RubyContext(context, liquid)) as string;
    },
  };
}

/**
 * Every template (a page, a layout, an include) is read by one parser with kiln's tokenizer:
 * its text is found faster, and an endraw trims as Ruby Liquid's does (see TextSkippingTokenizer).
 * liquidjs makes a parser per call otherwise, each with its own tokenizer.
 */
function readWithOneParser(liquid: Liquid): void {
  const { parser } = liquid;
  parser.parse = (html, file) =>
    parser.parseTokens(
      new TextSkippingTokenizer(String(html), liquid.options.operators, file).readTopLevelTokens(liquid.options),
    );
  liquid.parse = (html, file) => parser.parse(html, file);
  liquid._parsePartialFile = (file, sync, current) => parser.parseFile(file, sync, LookupType.Partials, current);
  liquid._parseLayoutFile = (file, sync, current) => parser.parseFile(file, sync, LookupType.Layouts, current);
}

/**
 * Each output's markup (`{{ site.baseurl }}`, in half the bench's posts) is parsed once per engine:
 * a later output with the same text shares its parsed value and filters, which liquidjs only reads
 * while rendering, and keeps its own token (for the place of an error). Parsing it anew in each body
 * was about half of those bodies' Liquid (at 4,000 posts ~90 ms of this thread).
 */
function parseOutputsOnce(liquid: Liquid): void {
  const parser = liquid.parser;
  const parseToken = parser.parseToken.bind(parser);
  const parsed = new Map<string, Template>();
  parser.parseToken = (token, remainTokens) => {
    if (token.kind !== TokenKind.Output) return parseToken(token, remainTokens);
    const [from, to] = (token as { contentRange?: [number, number] }).contentRange!;
    const markup = token.input.slice(from, to);
    const known = parsed.get(markup) as (Template & { value: unknown }) | undefined;
    if (known)
      return Object.assign(Object.create(Object.getPrototypeOf(known) as object), { token, value: known.value });
    const made = parseToken(token, remainTokens);
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(markup, made);
    return made;
  };
}

/**
 * How an output prints its value: a hash as Ruby prints it, an array joined (nested ones too), a
 * number as Ruby writes it; everything else as liquidjs does (a RubyFloat by its toString: `2.0`).
 * One function for every engine: as-is.ts knows a bare `{{ content }}` by it, in parses kept from
 * an earlier build's engine too.
 */
const printed = (value: unknown) =>
  isPlainObject(value) || Array.isArray(value) || typeof value === 'number' || isDrop(value)
    ? printedText(value)
    : (value as string);
// `forloop` (a class of kiln's, not a plain object) prints its Ruby class's name too.
const isDrop = (value: unknown) => typeof value === 'object' && value !== null && DROP_CLASS in value;
