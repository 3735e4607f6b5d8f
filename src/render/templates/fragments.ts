import { nunjucks } from './nunjucks-lib.js';

/** A node of Nunjucks' parse tree: its type name and its fields (nodes, lists of nodes or values). */
export interface ParseNode {
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
  const root = parseNunjucks(src, extensions);
  return root !== null && onlySite(root, new Set(['site']));
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
    case 'LookupVal':
      // site.related_posts is the rendering document's own.
      if (isNode(node.val) && node.val.typename === 'Literal' && node.val.value === 'related_posts') return false;
      return onlySite(node.target, bound) && onlySite(node.val, bound);
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

/** Nunjucks' parse of a template with these extensions (kiln's tags), or null when it does not parse. */
export function parseNunjucks(src: string, extensions: readonly unknown[]): ParseNode | null {
  try {
    return parser.parse(src, [...extensions]);
  } catch {
    return null; // rendering reports the error
  }
}

/**
 * Every node of a parse tree, depth first (a `set` block's body is no field of its node). A list,
 * not a generator: nested `yield*` costs a step per level for every node.
 */
function nodes(root: unknown): ParseNode[] {
  const found: ParseNode[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (isNode(node)) {
      found.push(node);
      for (const f of node.fields) visit(node[f]);
      if (node.typename === 'Set') visit(node.body);
    }
  };
  visit(root);
  return found;
}

/** The names of the includes a parsed template uses; null when a name is no literal (any include). */
export function includeNames(root: ParseNode): string[] | null {
  const names: string[] = [];
  for (const node of nodes(root)) {
    if (node.typename !== 'Include') continue;
    const template = node.template;
    if (!isNode(template) || template.typename !== 'Literal' || typeof template.value !== 'string') return null;
    names.push(template.value);
  }
  return names;
}

// Nodes that take output somewhere other than the page: `{% set x %}…{% endset %}` and
// `{% filter %}` hold a Capture, a macro's body is output where it is called.
const CAPTURING = new Set(['Capture', 'Macro', 'Caller']);

/**
 * True when a page's parsed templates put every include's output into the page as it is, so
 * that a fragment may stand in the text as a marker and be spliced in when written: nothing in
 * `all` (the page, its layouts, their includes) captures output, and `layouts` (with their
 * includes) read `content` only to output it bare (`{{ content }}`).
 */
export function keepsIncludesAsIs(all: readonly ParseNode[], layouts: readonly ParseNode[]): boolean {
  for (const root of all) for (const node of nodes(root)) if (CAPTURING.has(node.typename)) return false;
  for (const root of layouts) {
    let bare = 0;
    let named = 0;
    for (const node of nodes(root)) {
      if (node.typename === 'Symbol' && node.value === 'content') named++;
      else if (node.typename === 'Output')
        for (const child of node.children as unknown[])
          if (isNode(child) && child.typename === 'Symbol' && child.value === 'content') bare++;
    }
    if (named !== bare) return false;
  }
  return true;
}

/**
 * True when every `xml_escape` in the parsed templates is the whole of an output (`{{ x |
 * xml_escape }}`, the last filter and nothing around it), so that its result goes into the page as
 * it is: rendering in pieces, a long one may then stand in the text as a marker for its bytes.
 */
export function escapesBare(all: readonly ParseNode[]): boolean {
  let escapes = 0;
  let bare = 0;
  for (const root of all)
    for (const node of nodes(root)) {
      if (isXmlEscape(node)) escapes++;
      else if (node.typename === 'Output')
        for (const child of node.children as unknown[]) if (isXmlEscape(child)) bare++;
    }
  return escapes === bare;
}

function isXmlEscape(node: unknown): boolean {
  return (
    isNode(node) &&
    node.typename === 'Filter' &&
    isNode(node.name) &&
    node.name.typename === 'Symbol' &&
    node.name.value === 'xml_escape'
  );
}

interface LexToken {
  type: string;
  value: string;
  lineno: number;
}
// Nunjucks' lexer, exported by the package (`nunjucks.lexer`) though not in its type definitions.
const lexer = (nunjucks as unknown as { lexer: { lex(src: string): { nextToken(): LexToken | null } } }).lexer;

/**
 * The line (from 0) of a `{% raw %}` or `{% verbatim %}` that is never closed, from Nunjucks' own
 * tokens; null when every one is. Nunjucks' parser reads an unclosed one as if it were not there.
 */
export function unclosedRaw(src: string): number | null {
  const tokens = lexer.lex(src);
  const open: { name: string; line: number }[] = [];
  let afterBlockStart = false;
  for (let t = tokens.nextToken(); t; t = tokens.nextToken()) {
    if (t.type === 'whitespace') continue;
    if (afterBlockStart && t.type === 'symbol') {
      const top = open[open.length - 1];
      if (t.value === 'raw' || t.value === 'verbatim') {
        if (!top || top.name === t.value) open.push({ name: t.value, line: t.lineno });
      } else if (top && t.value === `end${top.name}`) open.pop();
    }
    afterBlockStart = t.type === 'block-start';
  }
  return open.length > 0 ? open[0]!.line : null;
}
