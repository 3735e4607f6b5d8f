// An HTML tree as Nokogiri's HTML4::DocumentFragment holds one (libxml2 2.9.14's HTML parser, which
// jekyll-toc's and jekyll-mentions' output goes through): built by parse.ts, written by serialize.ts.

export interface HtmlElement {
  readonly kind: 'element';
  readonly name: string;
  /** In source order, the first of a name winning; `value` null for an attribute written without one. */
  readonly attrs: Array<{ readonly name: string; readonly value: string | null }>;
  readonly children: HtmlNode[];
  parent: HtmlParent;
}
export interface HtmlText {
  readonly kind: 'text';
  text: string;
  parent: HtmlParent;
}
/** A comment, or a processing instruction (`<?php … ?>`), kept as written. */
export interface HtmlOther {
  readonly kind: 'comment' | 'pi';
  readonly text: string;
  parent: HtmlParent;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlOther;
export interface HtmlFragment {
  readonly kind: 'fragment';
  readonly children: HtmlNode[];
}
export type HtmlParent = HtmlElement | HtmlFragment;

/** An element's text, as Nokogiri's `text` gives it: its text nodes' in order (comments left out). */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  if (node.kind !== 'element') return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

/** The value of an element's attribute (empty for one written without a value), or null when it has none. */
export function attributeOf(element: HtmlElement, name: string): string | null {
  const attr = element.attrs.find((a) => a.name === name);
  return attr ? (attr.value ?? '') : null;
}

/** Every element of the nodes, in document order. */
export function* elements(nodes: readonly HtmlNode[]): Generator<HtmlElement> {
  for (const node of nodes) {
    if (node.kind !== 'element') continue;
    yield node;
    yield* elements(node.children);
  }
}
