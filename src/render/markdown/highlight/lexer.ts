/** A token class (Pygments short name, e.g. `k`, `nf`, `s2`), or '' for plain text. */
export type TokenClass = string;

/** What a rule may look at to pick a class: the previous word and the text that follows. */
export interface LexContext {
  readonly previousWord: string;
  readonly previousClass: TokenClass;
  readonly rest: string;
  /** The block and where this token starts in it. */
  readonly code: string;
  readonly pos: number;
  /** Scratch state a language's rules keep during one block (e.g. "inside a type annotation"). */
  readonly state: Record<string, number>;
}

/** The text of the current line before the token. */
export function lineBefore(ctx: LexContext): string {
  return ctx.code.slice(ctx.code.lastIndexOf('\n', ctx.pos - 1) + 1, ctx.pos);
}

/** One rule: a sticky pattern and the class of what it matches. */
export interface Rule {
  readonly re: RegExp;
  readonly cls: TokenClass | ((match: string, ctx: LexContext) => TokenClass);
}

/** A language: its rules, tried in order at each position. */
export interface Language {
  readonly rules: readonly Rule[];
}

/** Builds a rule; the pattern is made sticky so that it only matches at the scan position. */
export function rule(re: RegExp, cls: Rule['cls']): Rule {
  return { re: new RegExp(re.source, `${re.flags.replace('g', '')}y`), cls };
}

/** A word list as an anchored alternation. */
export function words(list: string): RegExp {
  return new RegExp(`(?:${list.trim().split(/\s+/).join('|')})\\b`);
}

/** Escapes code for HTML. */
export function escapeCode(code: string): string {
  // Most runs: no copy (and three searches for a character are quicker than a pattern).
  if (!code.includes('&') && !code.includes('<') && !code.includes('>')) return code;
  return code.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Writes tokens as HTML: one span per run of same-class tokens, text outside any span. */
export function htmlWriter() {
  let out = '';
  let runClass = '';
  let runText = '';
  const flush = () => {
    if (runText) out += runClass ? `<span class="${runClass}">${escapeCode(runText)}</span>` : escapeCode(runText);
    runText = '';
  };
  return {
    emit(cls: TokenClass, text: string): void {
      if (!text) return;
      if (cls !== runClass) {
        flush();
        runClass = cls;
      }
      runText += text;
    },
    html(): string {
      flush();
      return out;
    },
  };
}

/**
 * A language's rules as one sticky pattern, each rule an alternative in its own group, tried in
 * order as the rules are: one run of a pattern per token instead of one per rule tried. `groups[k]`
 * is rule k's group. None (null) when the rules' flags differ or a pattern refers to its own groups.
 */
interface Combined {
  re: RegExp;
  groups: number[];
}
const combined = new WeakMap<Language, Combined | null>();

function combine(language: Language): Combined | null {
  const { rules } = language;
  const flags = rules[0]?.re.flags;
  if (!flags || rules.some((r) => r.re.flags !== flags || /\\[1-9k]|\(\?<[A-Za-z]/.test(r.re.source))) return null;
  const groups: number[] = [];
  let group = 1;
  for (const r of rules) {
    groups.push(group);
    // (A pattern's own groups: the length of its match of '' as one alternative.)
    group += 1 + (new RegExp(`${r.re.source}|`).exec('')!.length - 1);
  }
  try {
    return { re: new RegExp(rules.map((r) => `(${r.re.source})`).join('|'), flags), groups };
  } catch {
    return null; // (too large a pattern for the engine: the rules one by one)
  }
}

/** The first rule that matches at `pos` with some text: its index (-1: none); the text goes in `found`. */
function ruleAt(language: Language, code: string, pos: number, found: { text: string }): number {
  let from = 0;
  let all = combined.get(language);
  if (all === undefined) combined.set(language, (all = combine(language)));
  if (all) {
    all.re.lastIndex = pos;
    const m = all.re.exec(code);
    if (!m) return -1;
    let k = 0;
    while (m[all.groups[k]!] === undefined) k++;
    if (m[0].length > 0) {
      found.text = m[0];
      return k;
    }
    // (A rule that matches nothing is passed over, as below.)
    from = k + 1;
  }
  for (let k = from; k < language.rules.length; k++) {
    const r = language.rules[k]!;
    r.re.lastIndex = pos;
    const m = r.re.exec(code);
    if (m && m[0].length > 0) {
      found.text = m[0];
      return k;
    }
  }
  return -1;
}

/**
 * Scans `code` once with the language's rules and writes Pygments' HTML: one span per run of
 * same-class tokens, plain text and whitespace without a span.
 */
export function lex(code: string, language: Language): string {
  const writer = htmlWriter();
  // One context for the whole scan, moved along; what follows a token is cut only when a rule asks.
  const ctx = new ScanContext(code);
  const found = { text: '' };
  let pos = 0;
  while (pos < code.length) {
    const k = ruleAt(language, code, pos, found);
    if (k >= 0) {
      const text = found.text;
      let cls = language.rules[k]!.cls;
      if (typeof cls === 'function') {
        ctx.pos = pos;
        ctx.end = pos + text.length;
        cls = cls(text, ctx);
      }
      writer.emit(cls, text);
      if (notBlank(text)) {
        ctx.previousClass = cls;
        if (/^[\w$]+$/.test(text)) ctx.previousWord = text;
        else if (cls !== '') ctx.previousWord = text;
      }
      pos += text.length;
      continue;
    }
    // No rule matched: one character of plain text.
    writer.emit('', code[pos]!);
    pos++;
  }
  return writer.html();
}

/** `/\S/.test(text)`, answered from the first character when it is visible ASCII (most tokens). */
function notBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || /\S/.test(text);
}

/** What `lex` hands a rule's class function (see LexContext). */
class ScanContext implements LexContext {
  previousWord = '';
  previousClass: TokenClass = '';
  pos = 0;
  /** Where the token ends. */
  end = 0;
  readonly state: Record<string, number> = {};
  constructor(readonly code: string) {}
  get rest(): string {
    return this.code.slice(this.end, this.end + 40);
  }
}
