import { RubyContext } from './context.js';
import {
  analyzeSync,
  type Filter,
  type Liquid,
  Output,
  Tag,
  type Template,
  TokenKind,
  TypeGuards,
  toValueSync,
  Value,
} from './liquidjs.js';

/**
 * How an include that reads only `site` is rendered once per build (Liquid's side of the shared
 * fragments of create-environment.ts): the one render's text, and the variables it assigned,
 * which Liquid leaves in the including page's scope (`assign` and `capture` write its outermost one).
 */
export interface IncludeOnce {
  /** The site's variables once every post is finished (fragments may render once), else null. */
  site(): Record<string, unknown> | null;
  /**
   * The include's text and variables: rendered now, or (`reusable`, in watch) kept from an earlier
   * build while what it read is unchanged. Its reads count for every output rendered after it.
   */
  fragment(name: string, source: string, reusable: boolean, render: () => RenderedOnce): RenderedOnce;
  /** What stands for the text in the page (a marker for a large one while rendering in pieces). */
  output(text: string): string;
}

export interface RenderedOnce {
  readonly text: string;
  readonly assigned: Readonly<Record<string, unknown>>;
}

/** An include that may render once: the names its `assign`s and `capture`s leave in the page's scope. */
export interface OncePlan {
  readonly assigns: readonly string[];
}

// Tags whose output depends only on the variables they name (liquidjs' static analysis sees them
// all). Not `cycle`, `increment`, `decrement` (state kept across the page), `tablerow`, `render`,
// `layout`, `block`, kiln's `highlight`, `post_url`, `link`, `include_relative`, plugins' tags.
const PURE_TAGS = ['assign', 'capture', 'if', 'unless', 'case', 'for', 'comment', 'raw', 'echo', 'liquid', '#'];
// Jekyll's filters that read an expression from a string, evaluated with one name bound.
const EXPRESSION_FILTERS = new Set(['where_exp', 'find_exp', 'find_index_exp', 'group_by_exp']);
// Variables a fragment may read: the site, and Jekyll's constants.
const GLOBALS = new Set(['site', 'jekyll']);
// `site.related_posts` is the rendering document's own; `output` is set as documents render, and
// `content` is a document's source until it is rendered; `forloop.parentloop` reaches the includer's loop.
const PER_PAGE_SEGMENTS = new Set(['related_posts', 'output', 'content', 'parentloop']);

/**
 * Whether an include's output is the same wherever it is included in a build (so it can render
 * once): decided from liquidjs' own parse of it and its static analysis. Every tag must be one
 * whose reads the analysis sees (includes it includes are read too), every variable it reads
 * before assigning must be `site` or `jekyll` (never a per-page part of them), no filter may be
 * a plugin's (`impure`), and an expression filter's expression must read only its item and
 * `site`. `break` and `continue` count only inside a loop of its own. Null when it cannot.
 */
export function planIncludeOnce(liquid: Liquid, templates: Template[], impure: ReadonlySet<string>): OncePlan | null {
  const seen: Seen = { bareInclude: false };
  if (!templates.every((t) => pureTemplate(liquid, t, impure, 0, new Set(), seen))) return null;
  let analysis: ReturnType<typeof analyzeSync>;
  try {
    analysis = analyzeSync(templates, { partials: true });
  } catch {
    return null;
  }
  // An include without parameters reads the `include` of the one around it, which is the page's
  // (liquidjs' analysis counts its reads as local): per page, unless no `include` is read at all.
  if (seen.bareInclude && Object.hasOwn(analysis.variables, 'include')) return null;
  for (const [root, uses] of Object.entries(analysis.globals))
    if (!GLOBALS.has(root) || uses.some((v) => v.segments.some(perPage))) return null;
  for (const uses of Object.values(analysis.variables)) if (uses.some((v) => v.segments.some(perPage))) return null;
  return { assigns: Object.keys(analysis.locals) };
}

const perPage = (segment: unknown): boolean => typeof segment === 'string' && PER_PAGE_SEGMENTS.has(segment);

/**
 * `loops`: how many loops of its own enclose it; `including`: the files being read, outermost
 * first (an include that includes itself renders on each page, where it stops with an error).
 */
interface Seen {
  /** Whether an include without parameters is among those included. */
  bareInclude: boolean;
}

function pureTemplate(
  liquid: Liquid,
  template: Template,
  impure: ReadonlySet<string>,
  loops: number,
  including: ReadonlySet<string>,
  seen: Seen,
): boolean {
  if (template.token.kind === TokenKind.HTML) return true;
  if (template instanceof Output) return pureValue(liquid, (template as Output & { value: Value }).value, impure);
  if (!(template instanceof Tag)) return false;
  const name = (template.token as { name?: string }).name ?? '';
  const inLoop = name === 'for' ? loops + 1 : loops;
  if (name === 'break' || name === 'continue') {
    if (loops === 0) return false;
  } else if (name === 'include') {
    // An include of a file named in the text: the analysis reads that file too.
    const file = (template as { file?: unknown }).file;
    if (typeof file !== 'string' || including.has(file)) return false;
    including = new Set(including).add(file);
    if (!Object.keys((template as { hash?: { hash: object } }).hash?.hash ?? {}).length) seen.bareInclude = true;
  } else if (!PURE_TAGS.includes(name) || template.constructor !== liquid.tags[name]) return false;
  // `offset: continue` starts where an earlier loop of the page over the same list stopped.
  if (name === 'for' && /\boffset\s*:\s*continue\b/.test(template.token.getText())) return false;
  const tag: Template = template;
  const args = tag.arguments ? [...tag.arguments()] : [];
  if (!args.every((arg) => !(arg instanceof Value) || pureValue(liquid, arg, impure))) return false;
  const children = tag.children ? (toValueSync(tag.children(true, true)) as Template[]) : [];
  return children.every((child) => pureTemplate(liquid, child, impure, inLoop, including, seen));
}

function pureValue(liquid: Liquid, value: Value, impure: ReadonlySet<string>): boolean {
  return value.filters.every((filter: Filter) => {
    if (impure.has(filter.name)) return false;
    if (!EXPRESSION_FILTERS.has(filter.name)) return true;
    // `group_by_exp: "p", "p.date | date: '%Y'"`: both literal, the expression reading only `p` and `site`.
    const [item, expression] = filter.args as unknown[];
    if (!TypeGuards.isQuotedToken(item) || !TypeGuards.isQuotedToken(expression)) return false;
    let parsed: Template[];
    try {
      parsed = liquid.parse(`{{ ${expression.content} }}`);
    } catch {
      return false;
    }
    if (!parsed.every((t) => pureTemplate(liquid, t, impure, 0, new Set(), { bareInclude: false }))) return false;
    const { globals } = analyzeSync(parsed, { partials: false });
    return Object.entries(globals).every(
      ([root, uses]) => (root === item.content || GLOBALS.has(root)) && !uses.some((v) => v.segments.some(perPage)),
    );
  });
}

/** Renders an include alone, with the site's variables: its text, and what its assigns left. */
export function renderAlone(
  liquid: Liquid,
  templates: Template[],
  site: Record<string, unknown>,
  plan: OncePlan,
): RenderedOnce {
  const ctx = new RubyContext({ site }, liquid);
  const text = liquid.renderSync(templates, ctx) as string;
  const scope = ctx.bottom() as Record<string, unknown>;
  return { text, assigned: Object.fromEntries(plan.assigns.filter((n) => n in scope).map((n) => [n, scope[n]])) };
}
