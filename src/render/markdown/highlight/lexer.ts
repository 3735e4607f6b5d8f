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
  if (!/[&<>]/.test(code)) return code; // most runs: no copy
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
 * Scans `code` once with the language's rules and writes Pygments' HTML: one span per run of
 * same-class tokens, plain text and whitespace without a span.
 */
export function lex(code: string, language: Language): string {
  const writer = htmlWriter();
  const emit = (text: string, cls: TokenClass) => writer.emit(cls, text);
  let previousWord = '';
  let previousClass = '';
  const state: Record<string, number> = {};
  let pos = 0;
  outer: while (pos < code.length) {
    for (const r of language.rules) {
      r.re.lastIndex = pos;
      const m = r.re.exec(code);
      if (!m || m[0].length === 0) continue;
      const text = m[0];
      const cls =
        typeof r.cls === 'function'
          ? r.cls(text, {
              previousWord,
              previousClass,
              rest: code.slice(pos + text.length, pos + text.length + 40),
              code,
              pos,
              state,
            })
          : r.cls;
      emit(text, cls);
      if (/\S/.test(text)) {
        previousClass = cls;
        if (/^[\w$]+$/.test(text)) previousWord = text;
        else if (cls !== '') previousWord = text;
      }
      pos += text.length;
      continue outer;
    }
    // No rule matched: one character of plain text.
    emit(code[pos]!, '');
    pos++;
  }
  return writer.html();
}
