import type { Listener } from './yaml-merge.js';

// Ruby's Psych reads YAML 1.1, where NEL (U+0085), LS (U+2028) and PS (U+2029) are line breaks
// as CR and LF are; to js-yaml (YAML 1.2) they are text. Jekyll reads JSON data with Psych too,
// so a raw LS in a JSON string (JavaScript's JSON.stringify writes them raw) is a break there.

/** `text` with each NEL a line feed: Psych reads NEL as one everywhere (a value's NEL folds as LF does). */
export function nelAsLineFeed(text: string): string {
  return text.includes('\u0085') ? text.replace(/\u0085/g, '\n') : text;
}

const SEPARATOR = /[\u2028\u2029]/;
const AROUND_SEPARATOR = /[ \t]*([\u2028\u2029])[ \t]*/g;

/**
 * A load listener (after `before`) for text holding a raw LS or PS: Psych breaks the line there
 * and keeps the separator in the value, so the blanks either side of it go as a line's ends do
 * (`"a \u2028 b"` is `a\u2028b`). Where Psych then reads the next line as a new key or fails
 * (a plain scalar whose next line is not indented), kiln keeps the text.
 */
export function lineSeparators(before?: Listener): Listener {
  let raw: boolean | undefined;
  // By depth: where the node open there starts.
  const starts: number[] = [];
  return (event, state) => {
    before?.(event, state);
    const read = state as unknown as ScalarState;
    raw ??= SEPARATOR.test(read.input);
    if (!raw) return;
    if (event === 'open') {
      starts[read.depth] = read.position;
      return;
    }
    if (read.kind !== 'scalar' || typeof read.result !== 'string' || !SEPARATOR.test(read.result)) return;
    const written = read.input.slice(starts[read.depth] ?? 0, read.position);
    if (!SEPARATOR.test(written)) return;
    // In a double-quoted scalar an escape (`\L`, `\u2028`) is text, not a break: each separator
    // in the value is matched with what the source wrote for it, in order.
    const escapes = DOUBLE_QUOTED.test(written)
      ? [...written.matchAll(WRITTEN)]
          .filter((m) => m[0].length === 1 || m[1] !== undefined)
          .map((m) => m[0].length > 1)
      : [];
    let at = 0;
    read.result = read.result.replace(AROUND_SEPARATOR, (run, separator: string) => (escapes[at++] ? run : separator));
    // Its anchor was set to the text before this listener heard of it.
    if (read.anchor !== null) read.anchorMap[read.anchor] = read.result;
  };
}

// A separator as a double-quoted scalar writes it: an escape (group 1) or the character; and
// the other escapes, which are passed over.
const DOUBLE_QUOTED = /^\s*(?:[!&]\S*\s+)*"/;
const WRITTEN = /\\(?:([LP]|u202[89]|U0000202[89])|.)|[\u2028\u2029]/g;

/** What js-yaml's loader state holds of the node just read. */
interface ScalarState {
  input: string;
  depth: number;
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
  anchorMap: Record<string, unknown>;
}
