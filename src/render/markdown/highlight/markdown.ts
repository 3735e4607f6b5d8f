import { htmlRouge } from './html.js';
import type { TokenClass } from './lexer.js';
import { type Machine, mixin, r, type StatefulLanguage, type StateRule, statefulLexer } from './machine.js';
import { rougeFindFancy } from './rouge-guess.js';
import { BLANKS, BOL, EOL, NON_SPACE, SPACE, u } from './ruby-regex.js';
import { yamlRouge } from './yaml.js';

// Markdown as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/markdown/, the
// Markdown sample and random code): headings `gh` (`#`, a line over `---`) and `gu` (`##`…, a
// line over `===`), list markers, rules and `[`/`]` of links `p`, quotes `gt`, `**strong**` `gs`,
// `*emphasis*` `ge`, code spans and indented code `sb`, a link's text `nv`, its reference `ss`,
// its URL `sx` and title `nn`, escapes `se`, inline HTML as Rouge's HTML (one page across the
// text) and front matter as its YAML. A fenced block's code is lexed by the lexer Rouge finds
// for the fence's name (its exact tag or alias; a guess from the code when there is none; one
// `sb` token when Rouge knows no such name), by kiln's highlighter of that language; a fence
// closed nowhere (no line of the same indentation and fence) runs to a line that starts with
// the fence, its lines handed to the lexer one at a time. A lone `` ` ``, `*` or `_` that
// closes nowhere on its line is an error, as in Rouge.

/**
 * The languages a block's code is lexed in, by a name Rouge knows: kiln's HTML of it in Rouge's
 * markup, and its states when kiln lexes it on its machine.
 */
export interface Embedded {
  html(code: string, name: string): string;
  states(name: string): StatefulLanguage | undefined;
}

type Token = readonly [TokenClass, string];

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** The tokens of highlighted HTML: each span's class and text, text outside spans plain. */
function tokensOf(html: string): Token[] {
  const tokens: Token[] = [];
  const text = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
  for (const m of html.matchAll(/<span class="([^"]*)">([^<]*)<\/span>|[^<]+/g))
    tokens.push(m[1] === undefined ? ['', text(m[0])] : [m[1], text(m[2]!)]);
  return tokens;
}

/** A character that is `\` and another, or neither `\` nor a line feed (Rouge's `edot`). */
const EDOT = '(?:\\\\[^\\n]|[^\\\\\\n])';
const re = (source: string) => u(source);

/** Ruby's `String#strip`. */
const strip = (s: string) => s.replace(/^[\t\n\v\f\r ]+/, '').replace(/[\0\t\n\v\f\r ]+$/, '');

export function markdownRouge(embedded: Embedded): StatefulLanguage {
  /**
   * A lexer of one block's code, in the language Rouge finds for the fence's name (and the code,
   * when Rouge guesses from it): the tokens of each piece it is handed, lexed from where the last
   * left it when kiln lexes the language on its machine.
   */
  const blockLexer = (
    name: string,
    code: string | undefined,
  ): { lex: (piece: string) => Token[]; continues: boolean } => {
    const found = rougeFindFancy(name === '' ? 'guess' : name, code);
    if (found === 'unknown') return { lex: (piece) => [['sb', piece]], continues: true };
    if (found === 'plain') return { lex: (piece) => [['', piece]], continues: true };
    const states = embedded.states(found);
    if (!states) return { lex: (piece) => tokensOf(embedded.html(piece, found)), continues: false };
    const lexer = statefulLexer(states);
    const lex = (piece: string) => {
      const tokens: Token[] = [];
      lexer.lex(piece, (cls, text) => tokens.push([cls, text]));
      return tokens;
    };
    return { lex, continues: true };
  };
  const emit = (m: Machine, tokens: readonly Token[]) => {
    for (const [cls, text] of tokens) m.token(cls, text);
  };

  const fence = (m: Machine) => {
    const [, indent, marks, info, , code, newline, close] = m.match;
    const name = strip(info!);
    m.token('', indent);
    m.token('p', marks);
    m.token('nl', info);
    if (code !== undefined) emit(m, blockLexer(name, code).lex(code));
    m.token('', newline ?? '');
    if (close !== undefined) {
      m.token('p', close);
      return;
    }
    // No closing fence of the same indentation: the lines up to one that starts with the fence,
    // each handed to the block's lexer on its own (Rouge's pieces). A lexer kiln does not run on
    // its machine colours the lines in this text as one piece (the closest it comes).
    const { lex, continues } = blockLexer(name, undefined);
    const all = m.match.input;
    const closing = new RegExp(`[ \\t]*${marks}`, 'y');
    let whole = '';
    for (let at = m.match.index + m.match[0].length; ; ) {
      closing.lastIndex = at;
      const end = all.indexOf('\n', at);
      if (closing.test(all) || end < 0) break;
      whole += all.slice(at, end + 1);
      at = end + 1;
    }
    const queue: [TokenClass, string][] = continues ? [] : lex(whole).map(([cls, text]) => [cls, text]);
    const line = (mb: Machine) => {
      if (!queue.length) return emit(mb, lex(mb.match[0]));
      // The next characters of the lines' tokens.
      let left = mb.match[0].length;
      while (left > 0 && queue.length) {
        const head = queue[0]!;
        const text = head[1].slice(0, left);
        mb.token(head[0], text);
        left -= text.length;
        if (text.length === head[1].length) queue.shift();
        else head[1] = head[1].slice(text.length);
      }
    };
    m.push({
      name: 'fence',
      rules: [
        r(re(`${BOL}([ \\t]*)(${marks})`), (mb) => {
          mb.pop();
          mb.groups('', 'p');
        }),
        r(re(`${BOL}[^\\n]*\\n`), line),
      ],
    });
  };

  /** The matched text through Rouge's HTML lexer, one page across the document. */
  const html = (m: Machine) => (m.data.html as ReturnType<typeof statefulLexer>).lex(m.match[0], m.token);

  const title: StateRule[] = [
    r(re(`"${EDOT}*?"`), 'nn'),
    r(re(`'${EDOT}*?'`), 'nn'),
    r(re(`\\(${EDOT}*?\\)`), 'nn'),
    r(re(`${SPACE}*(?=["'()])`), ''),
    r(re(''), (m) => m.pop()),
  ];

  return {
    start: ['root'],
    data: () => ({ html: statefulLexer(htmlRouge) }),
    states: {
      root: [
        // Front matter (Rouge's `\A` holds wherever a token starts).
        r(re(`---${SPACE}*\\n[\\s\\S]*?\\n?${BOL}---${SPACE}*${EOL}\\n?`), (m) =>
          statefulLexer(yamlRouge).lex(m.match[0], m.token),
        ),
        r(re('\\\\[^\\n]'), 'se'),
        r(re(`${BOL}[^\\t\\n\\v\\f\\r]+\\n---*\\n`), 'gh'),
        r(re(`${BOL}[^\\t\\n\\v\\f\\r]+\\n===*\\n`), 'gu'),
        r(re(`${BOL}#(?=[^#])[^\\n]*`), 'gh'),
        r(re(`${BOL}#+[^\\n]*`), 'gu'),
        r(re(`${BOL}([ \\t]*)(\`{3,}|~{3,})([^\\n]*\\n)(([\\s\\S]*?)(\\n\\1)(\\2))?`), fence),
        r(re('\\n\\n(?:(?:    |\\t)[^\\n]*\\n|\\n)+'), 'sb'),
        r(re(`(\`+)(?:${EDOT}|\\n)+?\\1`), 'sb'),
        r(re(`${BOL}(?:${SPACE}*\\*){3,}${SPACE}*${EOL}`), 'p'),
        r(re(`${BOL}(?:${SPACE}*-){3,}${SPACE}*${EOL}`), 'p'),
        r(re(`${BOL}${SPACE}*[*+-](?=${SPACE})`), 'p'),
        r(re(`${BOL}${SPACE}*\\d+\\.`), 'p'),
        r(re(`${BOL}${SPACE}*>[^\\n]*`), 'gt'),
        // A link reference: `[foo]: url "title"`.
        r(re(`${BOL}(${SPACE}*)(\\[)(${EDOT}+?)(\\])(${SPACE}*)(:)`), (m) => {
          m.groups('', 'p', 'ss', 'p', '', 'p');
          m.push('title');
          m.push('url');
        }),
        r(re(`(!?\\[)(${EDOT}*?|[^\\]]*?)(\\])(?=[[(])`), (m) => {
          m.groups('p', 'nv', 'p');
          m.push('link');
        }),
        r(re(`\\*\\*${EDOT}*?\\*\\*`), 'gs'),
        r(re(`__${EDOT}*?__`), 'gs'),
        r(re(`\\*${EDOT}*?\\*`), 'ge'),
        r(re(`_${EDOT}*?_`), 'ge'),
        r(re('<[^\\n]*?@[^\\n]+[.][^\\n]+>'), 'nv'),
        r(re(`<(?:https?|mailto|ftp)://${EDOT}*?>`), 'nv'),
        r(re('[^\\\\`[*\\n&<]+'), ''),
        r(re(`&${NON_SPACE}*;`), html),
        r(re(`<${EDOT}*?>`), html),
        r(re('[&<[\\n]'), ''),
      ],
      link: [
        r(re(`(\\[)(${EDOT}*?)(\\])`), (m) => {
          m.groups('p', 'ss', 'p');
          m.pop();
        }),
        r(re('\\('), (m) => {
          m.token('p');
          m.push('inline_title');
          m.push('inline_url');
        }),
        r(re('[ \\t]+'), ''),
        r(re(''), (m) => m.pop()),
      ],
      url: [
        r(re('[ \\t]+'), ''),
        r(re(`(<)(${EDOT}*?)(>)`), (m) => {
          m.groups('nt', 'sx', 'nt');
          m.pop();
        }),
        r(re(`${NON_SPACE}+`), 'sx', '#pop'),
      ],
      title,
      inline_title: [r(re('\\)'), 'p', '#pop'), mixin('title')],
      inline_url: [r(re(`[^<${BLANKS})]+`), 'sx', '#pop'), r(re(`${SPACE}+`), ''), mixin('url')],
    },
  };
}
