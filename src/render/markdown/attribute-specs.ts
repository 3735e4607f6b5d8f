import type { Token } from 'markdown-it';
import { kilnEnv } from './types.js';

// kramdown's attribute lists (`{: #id .class key="value" ald}`) read into attributes, for the
// IALs of attribute-lists.ts and for the definitions that take IALs (links, abbreviations).

// One item of an attribute list, as kramdown reads them: `key="value"` (or single quotes; `\}`
// and the quote escaped inside), an ALD name, or a run of `#id` and `.class`, each preceded by
// the start or white space and followed by white space or the end. Anything else is skipped.
export const ITEM =
  /(?:^|[ \t\n\r\f\v])(?:(\w[\w-]*)=(["'])((?:\\\}|\\\2|[^}])*?)\2|(\w[\w-]*)|((?:#[A-Za-z][\w:-]*|\.[^ \t\n\r\f\v.#]+)+))(?=[ \t\n\r\f\v]|$)/g;
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.([^ \t\n\r\f\v.#]+)/g;

export type Attributes = Array<[string, string]>;

/**
 * Applies an attribute list to `attrs`: first the ALDs it names (`{: ref .extra}`), then its own
 * attributes; a class is added to the classes already there, anything else replaces. Among its
 * own, `.c` adds a class, while `class="c"` replaces the classes before it in the list
 * (`{: .a class="b"}` gives `b`). Several lists for one element (a block's IALs before and after
 * it) are one list to kramdown.
 */
export function applyAttributes(
  attrs: Attributes,
  spec: string | readonly string[],
  alds: ReadonlyMap<string, string>,
  seen = new Set<string>(),
): void {
  const own: Attributes = [];
  for (const m of typeof spec === 'string' ? spec.matchAll(ITEM) : spec.flatMap((s) => [...s.matchAll(ITEM)])) {
    if (m[1] !== undefined) {
      const value = m[3]!.replace(new RegExp(`\\\\([}${m[2]}])`, 'g'), '$1');
      const at = own.findIndex(([k]) => k === m[1]);
      if (at < 0) own.push([m[1], value]);
      else own[at]![1] = value;
    } else if (m[4] !== undefined) {
      const ald = alds.get(m[4]);
      if (ald !== undefined && !seen.has(m[4])) applyAttributes(attrs, ald, alds, new Set([...seen, m[4]]));
    } else
      for (const [, id, cls] of m[5]!.matchAll(ID_OR_CLASS)) {
        const key = id !== undefined ? 'id' : 'class';
        const at = own.findIndex(([k]) => k === key);
        if (at < 0) own.push([key, id ?? cls!]);
        else own[at]![1] = id ?? `${own[at]![1]} ${cls}`.trimStart();
      }
  }
  for (const [key, value] of own) {
    const at = attrs.findIndex(([k]) => k === key);
    if (at < 0) attrs.push([key, value]);
    else attrs[at]![1] = key === 'class' ? `${attrs[at]![1]} ${value}`.trimStart() : value;
  }
}

/** A document's ALDs (`{:name: …}`), by name, from its block tokens. */
export function documentAlds(tokens: readonly Token[]): Map<string, string> {
  const alds = new Map<string, string>();
  for (const t of tokens)
    if (t.type === 'kramdown_ald') alds.set(t.info, alds.has(t.info) ? `${alds.get(t.info)} ${t.content}` : t.content);
  return alds;
}

/** The attributes an attribute list gives, with those of the document's ALDs it names. */
export function attributesOf(spec: string, env: unknown): Attributes {
  const attrs: Attributes = [];
  applyAttributes(attrs, spec, kilnEnv(env).alds ?? new Map());
  return attrs;
}
