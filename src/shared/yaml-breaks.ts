import { foldScalar, nodeStart } from './yaml-fold.js';
import type { Listener } from './yaml-merge.js';

// Ruby's Psych reads YAML 1.1, where NEL (U+0085), LS (U+2028) and PS (U+2029) are line breaks
// as CR and LF are; to js-yaml (YAML 1.2) they are text. Jekyll reads JSON data with Psych too,
// so a raw LS in a JSON string (JavaScript's JSON.stringify writes them raw) is a break there.

// A Unicode break, or a CR without a LF after it (which may come before one).
const UNICODE_BREAK = /[\u0085\u2028\u2029]|\r(?!\n)/g;

/**
 * `text` as js-yaml is to read it for Psych's lines: each NEL, LS and PS a line feed, and so each
 * CR without a LF after it (CR then NEL is two breaks to Psych, where CR LF is one). Of the same
 * length, so that a node's offsets in it are its offsets in `text`.
 */
export function unicodeBreaksAsLineFeeds(text: string): string {
  return /[\u0085\u2028\u2029]/.test(text) ? text.replace(UNICODE_BREAK, '\n') : text;
}

const SEPARATOR = /[\u2028\u2029]/;

/**
 * A load listener (after `before`) for `text` read with its breaks as line feeds
 * (unicodeBreaksAsLineFeeds), for what libyaml folds otherwise than js-yaml: a scalar written
 * over a raw LS or PS, whose value keeps the separator where js-yaml folds a line feed into a
 * space; and a block scalar when the text's last line, with no break after it, is text (`k: |`
 * then `  a` is `a`, where js-yaml adds the line feed the file does not end with).
 */
export function lineSeparators(text: string, before?: Listener): Listener {
  const raw = SEPARATOR.test(text);
  const unended = UNENDED.test(text);
  // By depth: where the node open there starts.
  const starts: number[] = [];
  return (event, state) => {
    before?.(event, state);
    if (!raw && !unended) return;
    const read = state as unknown as ScalarState;
    if (event === 'open') {
      starts[read.depth] = read.position;
      return;
    }
    if (read.kind !== 'scalar') return;
    const start = starts[read.depth] ?? 0;
    const scalar = nodeStart(text, start);
    const style = text.charAt(scalar);
    const block = style === '|' || style === '>';
    if (!(raw && SEPARATOR.test(text.slice(scalar, read.position))) && !(unended && block)) return;
    // A tagged scalar other than text keeps what its tag made of it.
    if (typeof read.result !== 'string' && scalar > start && text.slice(start, scalar).includes('!')) return;
    const value = foldScalar(text, start, read.position, parentIndent(read.input, starts[read.depth - 1]));
    // A plain scalar folds as js-yaml folds it but where it keeps a separator (and only then is surely text).
    if (!block && style !== '"' && style !== "'" && !SEPARATOR.test(value)) return;
    read.result = value;
    // Its anchor was set to the value before this listener heard of it.
    if (read.anchor !== null) read.anchorMap[read.anchor] = read.result;
  };
}

// A last line that is not blank.
const UNENDED = /[^ \t\r\n\u0085\u2028\u2029][ \t]*$/;

/**
 * The column of the node that starts at `start` in `input` (js-yaml's text, where every break
 * is a CR or LF): a block collection's, which a block scalar in it counts its indentation from;
 * -1 for the root.
 */
function parentIndent(input: string, start: number | undefined): number {
  if (start === undefined) return -1;
  const at = nodeStart(input, start);
  return at - Math.max(input.lastIndexOf('\n', at - 1), input.lastIndexOf('\r', at - 1)) - 1;
}

/** What js-yaml's loader state holds of the node just read. */
interface ScalarState {
  depth: number;
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
  anchorMap: Record<string, unknown>;
  input: string;
}
