import type { Environment } from 'nunjucks';
import { nunjucks } from './nunjucks-lib.js';

// Names through which a template could reach Function (and so run code) or an object's prototype.
const REFUSED = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
// `range(0, 1e12)` would fill the memory: a template makes at most this many numbers at once.
export const MAX_RANGE = 1_000_000;
// A loop inside a loop multiplies: the loops of one page may go round this many times in all.
export const MAX_LOOP_ITEMS = 10_000_000;

type Runtime = {
  memberLookup(obj: unknown, key: unknown): unknown;
  fromIterator(value: unknown): unknown;
  kilnGuarded?: boolean;
};

let loopItems = 0;

/** A page's render starts: its loops have gone round no times yet. */
export function startRender(): void {
  loopItems = 0;
}

/**
 * Keeps Nunjucks templates inside their data: `a.constructor`, `a["__proto__"]` and the like are
 * an error (else `{{ range.constructor("return process")() }}` runs code), and `range` is
 * bounded, and so are a page's loops together (startRender). Nunjucks compiles every lookup to
 * `runtime.memberLookup` of its runtime module, and every `for` over a list to a call of its
 * `runtime.fromIterator`, which have no per-environment hook: the checks wrap those two
 * functions, once per process.
 */
export function guardNunjucks(env: Environment): void {
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  if (!runtime.kilnGuarded) {
    const lookup = runtime.memberLookup;
    runtime.memberLookup = (obj, key) => {
      if (typeof key === 'string' && REFUSED.has(key))
        throw new Error(`"${key}" is not available to templates (templates read data, they do not run code)`);
      return lookup(obj, key);
    };
    const fromIterator = runtime.fromIterator;
    runtime.fromIterator = (value) => {
      const items = fromIterator(value);
      if (Array.isArray(items) && (loopItems += items.length) > MAX_LOOP_ITEMS)
        throw new Error(
          `for: this page's loops go round more than ${MAX_LOOP_ITEMS} times in all (is a loop inside another too large?)`,
        );
      return items;
    };
    runtime.kilnGuarded = true;
  }
  env.addGlobal('range', (start: number, stop?: number, step = 1) => {
    const [from, to] = stop === undefined ? [0, Number(start)] : [Number(start), Number(stop)];
    const count = step === 0 ? Infinity : Math.max(0, Math.ceil((to - from) / step));
    if (!(count <= MAX_RANGE))
      throw new Error(`range: ${count} numbers is more than the ${MAX_RANGE} a template may make at once`);
    return Array.from({ length: count }, (_, i) => from + i * step);
  });
}
