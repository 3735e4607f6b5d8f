import nunjucks from 'nunjucks';

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

type Runtime = { memberLookup(obj: unknown, key: unknown): unknown; kilnGuarded?: boolean };

/**
 * Keeps Nunjucks templates inside their data: `a.constructor`, `a["__proto__"]` and the like are
 * an error (else `{{ range.constructor("return process")() }}` runs code), and `range` is
 * bounded. Nunjucks compiles every lookup to `runtime.memberLookup` of its runtime module, which
 * has no per-environment hook: the check wraps that one function, once per process.
 */
export function guardNunjucks(env: nunjucks.Environment): void {
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  if (!runtime.kilnGuarded) {
    const lookup = runtime.memberLookup;
    runtime.memberLookup = (obj, key) => {
      if (typeof key === 'string' && REFUSED.has(key))
        throw new Error(`"${key}" is not available to templates (templates read data, they do not run code)`);
      return lookup(obj, key);
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
