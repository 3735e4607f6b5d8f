import type yaml from 'js-yaml';

// YAML's merge key `<<` as Ruby's Psych (Jekyll's reader) applies it, where the YAML spec (and
// js-yaml) differ: Psych reads a mapping's pairs in order and, at `<<`, merges the mapping it
// names over what is there (so a `<<` written after a key overrides it), a list of mappings
// merged last to first (the first one's values win, the last one's keys come first), and a key
// after it overrides as any repeated key does. Anything else after `<<` (a number, nil, a list
// holding no mapping) is kept as the key `"<<"`; so is `!!str <<`; a quoted `"<<"` merges.
//
// The schema reads `<<` as text, and a load listener that hears every node notes each mapping's
// pairs as they are read (js-yaml keeps only a repeated key's last value, and one `"<<"`), then
// rebuilds the mapping in Psych's way when it closes, in place, so that aliases see it too.

const STR = 'tag:yaml.org,2002:str';

interface Pair {
  key: unknown;
  merge: boolean;
  value: unknown;
  hasValue: boolean;
}

/** What js-yaml's loader state holds of the node just read. */
interface LoaderState {
  depth: number;
  input: string;
  position: number;
  tag: string | null;
  kind: string | null;
  result: unknown;
}

/** A js-yaml load listener. */
export type Listener = (event: yaml.EventType, state: yaml.State) => void;

/** A load listener (one per load) that applies merge keys as Psych does, after `before` has seen each node. */
export function mergeKeys(before?: Listener): Listener {
  // By depth: the pairs read so far of the mapping open there, and the pair waiting for its value.
  const pairs: (Pair[] | undefined)[] = [];
  const waiting: (Pair | undefined)[] = [];
  // Text without `<<` has no merge key to follow.
  let merges: boolean | undefined;
  return (event, raw) => {
    before?.(event, raw);
    const state = raw as unknown as LoaderState;
    merges ??= state.input.includes('<<');
    if (!merges) return;
    const depth = state.depth;
    if (event === 'open') {
      pairs[depth] = undefined;
      waiting[depth + 1] = undefined;
      return;
    }
    const pair = waiting[depth];
    if (pair) {
      pair.value = state.result;
      pair.hasValue = true;
      waiting[depth] = undefined;
    } else if (isKey(state)) {
      const key = state.result;
      const read: Pair = { key, merge: key === '<<' && state.tag !== STR, value: null, hasValue: false };
      (pairs[depth - 1] ??= []).push(read);
      waiting[depth] = read;
    }
    const own = pairs[depth];
    if (!own?.some((p) => p.merge)) return;
    if (state.kind === 'mapping') revive(state.result as Record<string, unknown>, own);
    else if (state.kind === 'sequence') revivePairs(state.result as unknown[], own);
  };
}

/**
 * Whether the node just read is a mapping's key: a `:` follows it, on its line or, after an
 * explicit key (`? <<`), at the start of a line below.
 */
function isKey(state: LoaderState): boolean {
  const { input } = state;
  let at = state.position;
  let below = false;
  for (;;) {
    const c = input.charCodeAt(at);
    if (c === 32 || c === 9) at++;
    else if (c === 10 || c === 13) {
      below = true;
      at++;
    } else if (c === 35 && /\s/.test(input[at - 1] ?? ' ')) {
      while (at < input.length && input.charCodeAt(at) !== 10) at++;
    } else break;
  }
  if (input.charCodeAt(at) !== 58) return false;
  return !below || /^\s?$/.test(input.slice(at + 1, at + 2));
}

/** The one-pair mappings a flow sequence makes of its `key: value` entries (`[<<: *base]`), each rebuilt from its pair. */
function revivePairs(items: unknown[], pairs: readonly Pair[]): void {
  let next = 0;
  for (const item of items) {
    const pair = pairs[next];
    if (!pair) return;
    const key = pair.merge ? '<<' : String(pair.key);
    if (!isMapping(item)) continue;
    const keys = Object.keys(item);
    if (keys.length !== 1 || keys[0] !== key || item[key] !== pair.value) continue;
    revive(item, [pair]);
    next++;
  }
}

/**
 * `mapping` rebuilt from its `pairs` in Psych's way. When the pairs noted do not account for
 * what js-yaml read (a shape the listener does not follow), the mapping is left as it is.
 */
function revive(mapping: Record<string, unknown>, pairs: readonly Pair[]): void {
  const out = new Map<string, unknown>();
  for (const pair of pairs) {
    if (!pair.hasValue) return;
    if (!pair.merge) out.set(String(pair.key), pair.value);
    else mergeInto(out, pair.value);
  }
  const keys = Object.keys(mapping);
  const written = new Set(pairs.map((p) => (p.merge ? '<<' : String(p.key))));
  if (keys.some((k) => !written.has(k))) return;
  for (const k of keys) delete mapping[k];
  for (const [k, v] of out)
    Object.defineProperty(mapping, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** A merge key's value merged into `out`: a mapping, a list of mappings (last to first), or else kept as `"<<"`. */
function mergeInto(out: Map<string, unknown>, value: unknown): void {
  if (isMapping(value)) {
    for (const k of Object.keys(value)) out.set(k, value[k]);
    return;
  }
  if (Array.isArray(value) && value.every(isMapping)) {
    const merged = new Map<string, unknown>();
    for (const m of [...value].reverse()) for (const k of Object.keys(m)) merged.set(k, m[k]);
    for (const [k, v] of merged) out.set(k, v);
    return;
  }
  out.set('<<', value);
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
