// A scalar's value as libyaml (Ruby's Psych) folds it when its lines end in raw line or paragraph
// separators (LS, PS). js-yaml reads the text with each one as a line feed, which gives Psych's
// structure; libyaml folds a run of breaks that starts with a line feed into a space (or the breaks
// after it), but keeps a run that starts with LS or PS whole: `a LS b` is `a\u2028b`, not `a b`.
// These readers run only on a scalar js-yaml has already read, so they need not check its form.

const LS = 0x2028;
const PS = 0x2029;

/** The break starting at `at` as a value keeps it (LS and PS as themselves, the others a line feed) and its length; undefined when none. */
function breakAt(text: string, at: number): [string, number] | undefined {
  const c = text.charCodeAt(at);
  if (c === 10 || c === 0x85) return ['\n', 1];
  if (c === 13) return ['\n', text.charCodeAt(at + 1) === 10 ? 2 : 1];
  if (c === LS || c === PS) return [text.charAt(at), 1];
  return undefined;
}

const isBlank = (c: number) => c === 32 || c === 9;

/** Where the node written from `at` starts, past blanks, breaks, comments and its properties (`!tag`, `&anchor`). */
export function nodeStart(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (isBlank(c) || breakAt(text, at)) at++;
    else if (c === 33 || c === 38) while (at < text.length && !isBlank(text.charCodeAt(at)) && !breakAt(text, at)) at++;
    else if (c === 35) while (at < text.length && !breakAt(text, at)) at++;
    else return at;
  }
}

/**
 * The value of the scalar written in `text` from `start` (its properties included) to `end`,
 * where js-yaml's reading of it stopped; `parentIndent` is the column of the block collection it
 * is in (-1 for none), which a block scalar's indentation digit counts from.
 */
export function foldScalar(text: string, start: number, end: number, parentIndent: number): string {
  const at = nodeStart(text, start);
  const first = text.charAt(at);
  if (first === '"' || first === "'") return flow(text, at + 1, end, first);
  if (first === '|' || first === '>') return block(text, at, parentIndent);
  return flow(text, at, end, '');
}

/**
 * A quoted scalar's value (`quote` its quote; `at` just after the opening one) or a plain one's
 * (`quote` empty; `end` just after its last character).
 */
function flow(text: string, start: number, end: number, quote: string): string {
  let out = '';
  let at = start;
  let whitespace = '';
  let leadingBreak = '';
  let trailingBreaks = '';
  let leadingBlanks = false;
  let pending = false;
  const join = () => {
    if (leadingBlanks) {
      if (leadingBreak === '\n') out += trailingBreaks === '' ? ' ' : trailingBreaks;
      else out += leadingBreak + trailingBreaks;
    } else out += whitespace;
    whitespace = leadingBreak = trailingBreaks = '';
    leadingBlanks = pending = false;
  };
  while (at < end) {
    // Text up to a blank or a break; in a plain scalar the blanks and breaks before it join first.
    while (at < end && !isBlank(text.charCodeAt(at)) && !breakAt(text, at)) {
      const c = text.charAt(at);
      if (quote === "'" && c === "'") {
        if (text.charAt(at + 1) !== "'") return out;
        out += "'";
        at += 2;
      } else if (quote === '"' && c === '"') return out;
      else if (quote === '"' && c === '\\') {
        const escapedBreak = breakAt(text, at + 1);
        if (escapedBreak) {
          at += 1 + escapedBreak[1];
          leadingBlanks = true;
          break;
        }
        const [value, length] = escaped(text, at + 1);
        out += value;
        at += 1 + length;
      } else {
        // A plain scalar ends at a comment (js-yaml's end may lie past it).
        if (pending && c === '#') return out;
        if (pending) join();
        out += c;
        at++;
      }
    }
    if (quote !== '' && at >= end) return out;
    while (at < end) {
      const c = text.charCodeAt(at);
      const lineBreak = breakAt(text, at);
      if (isBlank(c)) {
        if (!leadingBlanks) whitespace += text.charAt(at);
        at++;
      } else if (lineBreak) {
        if (!leadingBlanks) {
          whitespace = '';
          leadingBreak = lineBreak[0];
          leadingBlanks = true;
        } else trailingBreaks += lineBreak[0];
        at += lineBreak[1];
      } else break;
    }
    // A quoted scalar joins at once (blanks before its closing quote count); a plain one only before more text.
    if (quote !== '') join();
    else pending = true;
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar's escape after its backslash (at `at`): its value and length. */
function escaped(text: string, at: number): [string, number] {
  const c = text.charAt(at);
  const hex = HEX_LENGTH[c];
  if (hex !== undefined) return [String.fromCodePoint(Number.parseInt(text.slice(at + 1, at + 1 + hex), 16)), 1 + hex];
  return [ESCAPES[c] ?? c, 1];
}

/** A block scalar's value (`at` its `|` or `>`), its indentation given or found as libyaml finds it. */
function block(text: string, at: number, parentIndent: number): string {
  const isLiteral = text.charAt(at) === '|';
  let chomp = '';
  let digit = 0;
  let i = at + 1;
  for (;;) {
    const c = text.charAt(i);
    if (c === '+' || c === '-') chomp = c;
    else if (c >= '1' && c <= '9') digit = Number(c);
    else break;
    i++;
  }
  while (i < text.length && !breakAt(text, i)) i++;
  i += breakAt(text, i)?.[1] ?? 0;
  // The empty lines before the first line of text; without a digit, the indentation is the most spaces seen.
  let indent = digit === 0 ? 0 : Math.max(0, parentIndent) + digit;
  let most = 0;
  let trailingBreaks = '';
  for (;;) {
    let column = 0;
    while ((digit === 0 || column < indent) && text.charCodeAt(i + column) === 32) column++;
    most = Math.max(most, column);
    const lineBreak = breakAt(text, i + column);
    if (!lineBreak) break;
    trailingBreaks += lineBreak[0];
    i += column + lineBreak[1];
  }
  if (digit === 0) indent = Math.max(most, parentIndent + 1, 1);
  let out = '';
  let leadingBreak = '';
  let leadingBlank = false;
  for (;;) {
    let column = 0;
    while (column < indent && text.charCodeAt(i + column) === 32) column++;
    if (column < indent || i + column >= text.length) break;
    i += column;
    const trailingBlank = isBlank(text.charCodeAt(i));
    if (!isLiteral && leadingBreak === '\n' && !leadingBlank && !trailingBlank) {
      if (trailingBreaks === '') out += ' ';
    } else out += leadingBreak;
    out += trailingBreaks;
    leadingBreak = trailingBreaks = '';
    leadingBlank = trailingBlank;
    while (i < text.length && !breakAt(text, i)) out += text.charAt(i++);
    const lineBreak = breakAt(text, i);
    if (!lineBreak) break;
    leadingBreak = lineBreak[0];
    i += lineBreak[1];
    // Empty lines (spaces up to the indentation at most) until the next line of text.
    for (;;) {
      let spaces = 0;
      while (spaces < indent && text.charCodeAt(i + spaces) === 32) spaces++;
      const empty = breakAt(text, i + spaces);
      if (!empty) break;
      trailingBreaks += empty[0];
      i += spaces + empty[1];
    }
  }
  if (chomp !== '-') out += leadingBreak;
  if (chomp === '+') out += trailingBreaks;
  return out;
}
