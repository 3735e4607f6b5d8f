import { analyzeSync, type Liquid, Output, Tag, type Template, TokenKind, toValueSync } from './liquidjs.js';

// Tags that output what their blocks render as it is (liquidjs' own, kiln's Ruby-like `for`,
// `case`, `comment`, and includes, whose files are read as templates of the page). `capture`
// keeps its block's output in a variable and kiln's `highlight` colours it: with either, a
// fragment's marker could be measured or changed before it is output; `include_relative` renders
// a file that is not read here.
const DIRECT_BLOCKS = new Set([
  'if',
  'unless',
  'case',
  'for',
  'comment',
  'raw',
  'liquid',
  'tablerow',
  'include',
  'include_cached',
]);
const HOLDING = new Set(['capture', 'highlight', 'include_relative']);

/** Every template of a parsed Liquid text, depth first (an include's file is not entered). */
function templatesOf(roots: readonly Template[]): Template[] {
  const found: Template[] = [];
  const visit = (t: Template) => {
    found.push(t);
    if (t.children) for (const child of toValueSync(t.children(false, true)) as Template[]) visit(child);
  };
  for (const root of roots) visit(root);
  return found;
}

const tagName = (t: Template): string | undefined =>
  t instanceof Tag ? (t.token as { name?: string }).name : undefined;

/** The names of the files a parsed Liquid text includes; null when one is named by a variable (any include). */
export function liquidIncludeNames(roots: readonly Template[]): string[] | null {
  const names: string[] = [];
  for (const t of templatesOf(roots)) {
    const name = tagName(t);
    if (name !== 'include' && name !== 'include_cached') continue;
    const file = (t as { file?: unknown }).file;
    if (typeof file !== 'string') return null;
    names.push(file);
  }
  return names;
}

/**
 * True when a page's parsed Liquid templates put every include's output into the page as it is
 * (see `keepsIncludesAsIs` for Nunjucks, fragments.ts): no tag in `all` (the page, its layouts,
 * their includes) holds a block whose output it does not output as it is, and `layouts` (with
 * their includes) read `content` only to output it bare (`{{ content }}`, no filter).
 */
export function liquidKeepsIncludesAsIs(
  liquid: Liquid,
  all: readonly (readonly Template[])[],
  layouts: readonly (readonly Template[])[],
): boolean {
  for (const roots of all)
    for (const t of templatesOf(roots)) {
      const name = tagName(t);
      if (name !== undefined && (HOLDING.has(name) || (t.children && !DIRECT_BLOCKS.has(name)))) return false;
    }
  for (const roots of layouts) {
    const named = analyzeSync([...roots], { partials: false }).variables.content?.length ?? 0;
    const bare = templatesOf(roots).filter((t) => isBareContent(liquid, t)).length;
    if (named !== bare) return false;
  }
  return true;
}

/** `{{ content }}`: the variable alone, with no filter but the one liquidjs adds to print values (`outputEscape`). */
function isBareContent(liquid: Liquid, t: Template): boolean {
  if (!(t instanceof Output) || t.token.kind !== TokenKind.Output) return false;
  const { initial, filters } = (t as unknown as { value: BareValue }).value;
  // liquidjs reads `content` as a property access whose first (and here only) property is the name.
  const [token, ...rest] = initial.postfix;
  return (
    rest.length === 0 &&
    token?.kind === TokenKind.PropertyAccess &&
    token.variable === undefined &&
    token.props?.length === 1 &&
    token.props[0]?.content === 'content' &&
    filters.every((f) => (f as unknown as { handler: unknown }).handler === liquid.options.outputEscape)
  );
}

interface BareValue {
  readonly initial: {
    readonly postfix: ReadonlyArray<{ kind: number; variable?: unknown; props?: ReadonlyArray<{ content?: unknown }> }>;
  };
  readonly filters: readonly unknown[];
}
