import { cssRouge } from './css.js';
import { javascriptRouge } from './javascript.js';
import { type Machine, mixin, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BLANKS, NON_SPACE, SPACE, u, WORD_CHARS } from './ruby-regex.js';

// HTML as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/html/, the HTML sample and
// random code): tags `nt` (from `<` to the name, and the closing `>`), attributes `na` (with
// their `=` and the blanks around it), values `s`, entities `ni`, comments `c`, a doctype,
// `<?…?>` and CDATA `cp`. A `&` that starts no entity, and in a tag a character that starts no
// attribute, is an error. A `<script>`'s text is JavaScript and a `<style>`'s CSS, each lexed as
// Rouge lexes it, as one program across the text's pieces (a `<` that closes no tag included).

/** A tag's or attribute's name after its first character. */
const NAME = `[${WORD_CHARS}\\p{Cf}:.·-]*`;

/** The text in `m`'s match, lexed by the block's lexer of an embedded language (`js` or `css`). */
const delegate = (lexer: 'js' | 'css') => (m: Machine) => {
  const embedded = m.data[lexer] as ReturnType<typeof statefulLexer>;
  embedded.lex(m.match[0], (cls, text) => m.token(cls, text));
};

export const htmlRouge: StatefulLanguage = {
  start: ['root'],
  data: () => ({ js: statefulLexer(javascriptRouge), css: statefulLexer(cssRouge) }),
  states: {
    root: [
      r(/[^<&]+/, ''),
      r(u(`&${NON_SPACE}*?;`), 'ni'),
      r(/<!DOCTYPE [\s\S]*?>/i, 'cp'),
      r(/<!\[CDATA\[[\s\S]*?\]\]>/, 'cp'),
      r(/<!--/, 'c', 'comment'),
      r(/<\?[\s\S]*?\?>/, 'cp'),
      // `<script` and `<style` also start `<scripts` and `<styled` (then an attribute `s`, `d`).
      r(new RegExp(`<${SPACE}*script${SPACE}*`), (m) => {
        m.token('nt');
        (m.data.js as ReturnType<typeof statefulLexer>).reset();
        m.push('script_content');
        m.push('tag');
      }),
      r(new RegExp(`<${SPACE}*style${SPACE}*`), (m) => {
        m.token('nt');
        (m.data.css as ReturnType<typeof statefulLexer>).reset();
        m.push('style_content');
        m.push('tag');
      }),
      r(/<\//, 'nt', 'tag_end'),
      r(/</, 'nt', 'tag_start'),
    ],
    tag_end: [
      mixin('tag_end_end'),
      r(u(`[\\p{L}:_-]${NAME}`), (m) => {
        m.token('nt');
        m.goto('tag_end_end');
      }),
    ],
    tag_end_end: [r(new RegExp(`${SPACE}+`), ''), r(/>/, 'nt', '#pop')],
    tag_start: [
      r(new RegExp(`${SPACE}+`), ''),
      r(u(`[\\p{L}:_-]${NAME}`), (m) => {
        m.token('nt');
        m.goto('tag');
      }),
      r(/(?:)/, (m) => m.goto('tag')),
    ],
    comment: [r(/[^-]+/, 'c'), r(/-->/, 'c', '#pop'), r(/-/, 'c')],
    tag: [
      r(new RegExp(`${SPACE}+`), ''),
      r(u(`[\\p{L}:_\\[\\]()*.-][${WORD_CHARS}\\p{Cf}:.·\\[\\]()*-]*${SPACE}*=${SPACE}*`), 'na', 'attr'),
      r(u(`[\\p{L}:_*#-][${WORD_CHARS}\\p{Cf}:.·*#-]*`), 'na'),
      r(new RegExp(`/?${SPACE}*>`), 'nt', '#pop'),
    ],
    attr: [
      r(/"/, (m) => {
        m.token('s');
        m.goto('dq');
      }),
      r(/'/, (m) => {
        m.token('s');
        m.goto('sq');
      }),
      r(new RegExp(`[^${BLANKS}>]+`), 's', '#pop'),
    ],
    dq: [r(/"/, 's', '#pop'), r(/[^"]+/, 's')],
    sq: [r(/'/, 's', '#pop'), r(/[^']+/, 's')],
    script_content: [
      r(/[^<]+/, delegate('js')),
      r(new RegExp(`<${SPACE}*/${SPACE}*script${SPACE}*>`), 'nt', '#pop'),
      r(/</, delegate('js')),
    ],
    style_content: [
      r(/[^<]+/, delegate('css')),
      r(new RegExp(`<${SPACE}*/${SPACE}*style${SPACE}*>`), 'nt', '#pop'),
      r(/</, delegate('css')),
    ],
  },
};
