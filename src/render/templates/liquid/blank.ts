import { type Liquid, type Template, TokenKind } from './liquidjs.js';

/**
 * Ruby Liquid 5.4's blank blocks: an `if`, `unless`, `for` or `case` whose bodies hold only
 * whitespace and blank tags (`assign`, `capture`, `comment`, an empty `raw`, other blank blocks)
 * renders without that whitespace, so
 *
 *     {% for post in site.posts %}
 *       {% assign year = post.date | date: "%Y" %}
 *     {% endfor %}
 *
 * writes nothing, not a line break per post. Liquid decides it while parsing
 * (BlockBody#remove_blank_strings); kiln does it to what liquidjs parsed, for every template
 * the engine parses (pages, layouts, includes).
 */
export function rubyBlankBlocks(liquid: Liquid): void {
  const parser = liquid.parser;
  const parseTokens = parser.parseTokens.bind(parser);
  parser.parseTokens = (tokens) => {
    const templates = parseTokens(tokens);
    for (const t of templates) blank(t);
    return templates;
  };
}

type Node = Template & {
  token: { kind: number };
  name?: string;
  str?: string;
  branches?: Array<{ templates: Template[] }>;
  templates?: Template[];
  elseTemplates?: Template[];
  unreached?: Template[][];
  tokens?: unknown[];
};

/** The bodies of a block tag liquidjs parsed (`if` branches and `else`, a loop and its `else`, …). */
function bodies(t: Node): Template[][] {
  const out: Template[][] = [];
  for (const b of t.branches ?? []) out.push(b.templates);
  if (t.templates) out.push(t.templates);
  if (t.elseTemplates) out.push(t.elseTemplates);
  // An `if`'s bodies after its first else (tags.ts), never rendered but read as blank or not.
  out.push(...(t.unreached ?? []));
  return out;
}

const BLANK_TAGS = new Set(['assign', 'capture', 'comment', '#']);
const CONTROL_FLOW = new Set(['if', 'unless', 'for', 'case']);

/** Whether a template is blank as Ruby Liquid's `blank?` says; removes blank blocks' whitespace on the way. */
function blank(template: Template): boolean {
  const t = template as Node;
  const kind = t.token?.kind;
  if (kind === TokenKind.HTML) return /^\s*$/.test(t.str ?? '');
  if (kind !== TokenKind.Tag) return false;
  const name = t.name ?? '';
  if (BLANK_TAGS.has(name)) {
    for (const body of bodies(t)) for (const c of body) blank(c);
    return true;
  }
  if (name === 'raw')
    return (t.tokens ?? []).every((tok) => (tok as { getContent?: () => string }).getContent?.() === '');
  const parts = bodies(t);
  // `tablerow` and `ifchanged` are blank when their bodies are, but keep their own whitespace.
  if (name !== 'liquid' && name !== 'tablerow' && name !== 'ifchanged' && !CONTROL_FLOW.has(name)) {
    for (const body of parts) for (const c of body) blank(c);
    return false;
  }
  // Every child is asked (nested blocks remove their own whitespace), then this block decides.
  let all = true;
  for (const body of parts) for (const c of body) if (!blank(c)) all = false;
  if (all && CONTROL_FLOW.has(name))
    for (const body of parts)
      for (let i = body.length - 1; i >= 0; i--)
        if ((body[i] as Node).token?.kind === TokenKind.HTML) body.splice(i, 1);
  return all;
}
