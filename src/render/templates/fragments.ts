import nunjucks from 'nunjucks';

/** A node of Nunjucks' parse tree: its type name and its fields (nodes, lists of nodes or values). */
interface ParseNode {
  readonly typename: string;
  readonly fields: readonly string[];
  readonly value?: unknown;
  readonly [field: string]: unknown;
}

// Nunjucks' parser, exported by the package (`nunjucks.parser`) though not in its type definitions.
const parser = (nunjucks as unknown as { parser: { parse(src: string, extensions: unknown[]): ParseNode } }).parser;

// Nodes whose output depends on more than the variables they name (other templates, kiln's tags).
const OPAQUE = new Set([
  'Include',
  'Import',
  'FromImport',
  'Extends',
  'Block',
  'Super',
  'Macro',
  'Caller',
  'CallExtension',
  'CallExtensionAsync',
  'FunCall',
]);

/**
 * True when an include reads no variable but `site` (and the names it binds itself), so its
 * output is the same wherever it is included in a build and can be rendered once. Decided from
 * Nunjucks' own parse of it: any other free name (`include`, the caller's `loop`, `page`, a
 * function) or anything it cannot see through (an include, a macro, a tag) says no. The blog
 * archive sidebar is the case that matters: without this it is rendered once per index page.
 */
export function readsOnlySite(src: string, extensions: readonly unknown[]): boolean {
  let root: ParseNode;
  try {
    root = parser.parse(src, [...extensions]);
  } catch {
    return false; // rendering reports the error
  }
  return onlySite(root, new Set(['site']));
}

function isNode(v: unknown): v is ParseNode {
  return typeof v === 'object' && v !== null && typeof (v as ParseNode).typename === 'string';
}

function onlySite(node: unknown, bound: ReadonlySet<string>): boolean {
  if (Array.isArray(node)) return node.every((n) => onlySite(n, bound));
  if (!isNode(node)) return true;
  switch (node.typename) {
    case 'Symbol':
      return bound.has(String(node.value));
    case 'Filter':
      return onlySite(node.args, bound); // the filter's name is no variable
    case 'Pair':
      // A dictionary key written as a name is a string.
      return (isNode(node.key) && node.key.typename === 'Symbol') || onlySite(node.key, bound)
        ? onlySite(node.value, bound)
        : false;
    case 'For': {
      if (!onlySite(node.arr, bound) || !onlySite(node.else_, bound)) return false;
      const inner = new Set(bound).add('loop');
      for (const n of symbols(node.name)) inner.add(n);
      return onlySite(node.body, inner);
    }
    case 'Set': {
      // Reached only outside a NodeList (never in practice): its value is what it reads.
      return onlySite(node.value, bound) && onlySite(node.body, bound);
    }
    case 'NodeList':
    case 'Root': {
      // `set` binds its names for the statements after it in the same list (not after an
      // enclosing `if`: the variable may come from the caller when the branch is not taken).
      const scope = new Set(bound);
      for (const child of node.children as unknown[]) {
        if (isNode(child) && child.typename === 'Set') {
          if (!onlySite(child.value, scope) || !onlySite(child.body, scope)) return false;
          for (const n of symbols(child.targets)) scope.add(n);
        } else if (!onlySite(child, scope)) return false;
      }
      return true;
    }
    default:
      if (OPAQUE.has(node.typename)) return false;
      return node.fields.every((f) => onlySite(node[f], bound));
  }
}

function symbols(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(symbols);
  if (!isNode(node)) return [];
  if (node.typename === 'Symbol') return [String(node.value)];
  return Array.isArray(node.children) ? node.children.flatMap(symbols) : [];
}

/**
 * True when a page's templates put every include's output into the page as it is, so that a
 * fragment may stand in the text as a marker and be spliced in when written: nothing in `all`
 * (the page, its layouts, their includes) captures output (`capture`, a `set` block, `filter`,
 * `macro`/`call`), and `layouts` (with their includes) output `content` bare, and only so.
 */
export function keepsIncludesAsIs(all: readonly string[], layouts: readonly string[]): boolean {
  const tags = (src: string) => src.matchAll(/\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g);
  for (const src of all) {
    for (const m of tags(src)) {
      if (m[1] !== undefined && /^\s*(?:capture|filter|macro|call)\b|^\s*set\s+[\w\s,]+$/.test(m[1])) return false;
    }
  }
  for (const src of layouts) {
    for (const m of tags(src)) {
      if (m[2] !== undefined && /^\s*content\s*$/.test(m[2])) continue;
      const code = (m[1] ?? m[2]!).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
      if (/(?<![.\w])content\b/.test(code)) return false;
    }
  }
  return true;
}
