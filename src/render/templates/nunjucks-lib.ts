import { createRequire } from 'node:module';
import type Nunjucks from 'nunjucks';

// Nunjucks is CommonJS: required, Node loads it without first scanning its source for export
// names, as an import would. kiln takes the library from here alone (its types from 'nunjucks').
export const nunjucks = createRequire(import.meta.url)('nunjucks') as typeof Nunjucks;

type Frame = { variables: Record<string, unknown>; set(name: string, value: unknown, resolveUp?: boolean): void };
const frame = (nunjucks as unknown as { runtime: { Frame: { prototype: Frame } } }).runtime.Frame.prototype;
const setInFrame = frame.set;
const partsByName = new Map<string, string[]>();
/**
 * Nunjucks' own `Frame#set` splits the name at its dots on every call, and a loop sets eight
 * names (`loop.index`, …) on every turn: the archive of 4,000 posts rendered in 7.5 ms, with the
 * parts of each name kept 5.0 ms. The same steps otherwise; a name set where an outer scope has
 * it (`resolveUp`) goes to Nunjucks' own.
 */
frame.set = function set(this: Frame, name: string, value: unknown, resolveUp?: boolean): void {
  if (resolveUp) {
    setInFrame.call(this, name, value, resolveUp);
    return;
  }
  let parts = partsByName.get(name);
  if (parts === undefined) partsByName.set(name, (parts = name.split('.')));
  let scope = this.variables;
  for (let i = 0; i < parts.length - 1; i++) {
    const id = parts[i]!;
    if (!scope[id]) scope[id] = {};
    scope = scope[id] as Record<string, unknown>;
  }
  scope[parts[parts.length - 1]!] = value;
};
