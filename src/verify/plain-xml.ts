// A quick reading of the plain XML kiln's feeds are made of: an optional XML declaration, one
// root element with ASCII names, attributes, text, character and predefined entity references, and
// comments. It says yes only when the document is well-formed; anything else (a mistake, or a
// construct it does not read: a doctype, CDATA, a processing instruction, a name past ASCII, a
// byte-order mark) is for saxes to judge (well-formed.ts). saxes reads a 1 MB feed in 6–9 ms, this
// in 2–3, and a build's first feed in a fraction of saxes' time before V8 has compiled it.

/** For a character class: what XML refuses (controls but tab and line ends, U+FFFE, U+FFFF) and surrogates. */
const REFUSED = String.raw`\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF`;
/**
 * Text between markup: any character XML allows but `<`, `&`, `]` (`]]>` is not allowed) and
 * surrogates, and the predefined entities (escaped HTML is most of a feed), a bounded number of
 * runs at a time (each run is a step back V8's regular expressions keep on a stack of their own).
 */
const TEXT = new RegExp(String.raw`(?:[^<&\]${REFUSED}]+|&(?:lt|gt|amp|quot|apos);){0,512}`, 'y');
/** The predefined entities, most of the references in a feed (its escaped HTML). */
const PREDEFINED = /&(?:lt|gt|amp|quot|apos);/y;
/** An attribute's value between quotes, up to a reference, a surrogate or the closing quote. */
const IN_DOUBLE = new RegExp(`[^<&"${REFUSED}]*`, 'y');
const IN_SINGLE = new RegExp(`[^<&'${REFUSED}]*`, 'y');
const NAME = /[A-Za-z_:][A-Za-z0-9._:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:lt|gt|amp|apos|quot|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/y;
const COMMENT = new RegExp(`<!--(?:-?[^-${REFUSED}])*-->`, 'y');
const DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;

/** Where a sticky pattern's match at `at` ends, or -1. */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** Whether a character reference's code point is a character XML allows. */
function allowedCode(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Where a reference at `at` ends when it is one XML allows, else -1. */
function referenceEnd(text: string, at: number): number {
  const predefined = matchEnd(PREDEFINED, text, at);
  if (predefined >= 0) return predefined;
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(text);
  if (!m) return -1;
  if (m[1] !== undefined && !allowedCode(Number.parseInt(m[1], 10))) return -1;
  if (m[2] !== undefined && !allowedCode(Number.parseInt(m[2], 16))) return -1;
  return REFERENCE.lastIndex;
}

/** Where a surrogate pair at `at` ends, or -1 for a surrogate on its own. */
function pairEnd(text: string, at: number): number {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : -1;
}

/** After a start tag's name: its attributes (each name once) up to `>` or `/>`; where it ends and whether it closed itself, or null. */
function startTagRest(text: string, at: number): { end: number; empty: boolean } | null {
  const names: string[] = [];
  for (;;) {
    const spaced = matchEnd(SPACE, text, at);
    const c = text.charCodeAt(spaced);
    if (c === 0x3e) return { end: spaced + 1, empty: false }; // >
    if (c === 0x2f) return text.charCodeAt(spaced + 1) === 0x3e ? { end: spaced + 2, empty: true } : null; // />
    if (spaced === at) return null; // an attribute needs space before it
    const nameEnd = matchEnd(NAME, text, spaced);
    if (nameEnd < 0) return null;
    const name = text.slice(spaced, nameEnd);
    if (names.includes(name)) return null;
    names.push(name);
    let i = matchEnd(SPACE, text, nameEnd);
    if (text.charCodeAt(i) !== 0x3d) return null; // =
    i = matchEnd(SPACE, text, i + 1);
    const quote = text.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return null;
    const run = quote === 0x22 ? IN_DOUBLE : IN_SINGLE;
    i++;
    for (;;) {
      i = matchEnd(run, text, i);
      const v = text.charCodeAt(i);
      if (v === quote) break;
      i = v === 0x26 ? referenceEnd(text, i) : pairEnd(text, i);
      if (i < 0) return null;
    }
    at = i + 1;
  }
}

/** Where the space and comments from `at` end (before and after the root element), or -1. */
function miscEnd(text: string, at: number): number {
  for (;;) {
    at = matchEnd(SPACE, text, at);
    if (!text.startsWith('<!--', at)) return at;
    at = matchEnd(COMMENT, text, at);
    if (at < 0) return -1;
  }
}

/**
 * True when `text` is a well-formed XML 1.0 document of the plain kind (see above); false when it
 * is not, or when it holds what this does not read (or is too much for a pattern: a comment of a
 * million characters overflows the stack of V8's regular expressions).
 */
export function plainlyWellFormed(text: string): boolean {
  try {
    return readsPlainly(text);
  } catch {
    return false;
  }
}

function readsPlainly(text: string): boolean {
  let i = text.startsWith('<?xml') ? matchEnd(DECLARATION, text, 0) : 0;
  if (i < 0) return false;
  i = miscEnd(text, i);
  if (i < 0 || text.charCodeAt(i) !== 0x3c) return false; // the root element: nothing else may come first
  const open: string[] = [];
  do {
    for (let from = -1; from !== i; ) {
      from = i;
      i = matchEnd(TEXT, text, i);
    }
    if (i >= text.length) return false;
    const c = text.charCodeAt(i);
    if (c === 0x26)
      i = referenceEnd(text, i); // &
    else if (c === 0x5d)
      i = text.startsWith(']]>', i) ? -1 : i + 1; // ]
    else if (c !== 0x3c)
      i = pairEnd(text, i); // a surrogate, or a character XML does not allow
    else {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        // </name>
        const nameEnd = matchEnd(NAME, text, i + 2);
        if (nameEnd < 0 || text.slice(i + 2, nameEnd) !== open.pop()) return false;
        i = matchEnd(SPACE, text, nameEnd);
        i = text.charCodeAt(i) === 0x3e ? i + 1 : -1;
      } else if (next === 0x21) i = text.startsWith('<!--', i) ? matchEnd(COMMENT, text, i) : -1;
      else {
        const nameEnd = matchEnd(NAME, text, i + 1);
        if (nameEnd < 0) return false;
        const tag = startTagRest(text, nameEnd);
        if (!tag) return false;
        if (!tag.empty) open.push(text.slice(i + 1, nameEnd));
        i = tag.end;
      }
    }
    if (i < 0) return false;
  } while (open.length > 0);
  return miscEnd(text, i) === text.length;
}
