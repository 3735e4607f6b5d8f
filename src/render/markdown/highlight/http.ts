import { escapeCode, htmlWriter } from './lexer.js';
import { r, type StatefulLanguage, statefulLexer } from './machine.js';
import { MIME_TYPES } from './mime-types.js';
import { EOL } from './ruby-regex.js';

// HTTP messages as Rouge 3.30 lexes them (checked on test/highlight-oracle/exact/http/): a request
// line (`GET` … `nf`, path `nn`, `HTTP` `k`, `/` `o`, version `m`) or a status line (code `m`,
// reason `ne`), then headers (`na`, `:` `p`, value `s`; a line without a colon all `s`), and after
// the first blank line the rest of the text in the language whose MIME type the last Content-Type
// header names (before any `;`, in lower case), plain text when no Rouge lexer names that type. A
// character before the first line Rouge reads is an error, as is `HTTP/2` (Rouge wants a minor
// version in a response).

/** Marks the body in the head's token stream, with its MIME type after it: it is coloured on its own. */
const BODY = '\0body ';

const CONTENT_TYPE = /^content-type$/i;

const head: StatefulLanguage = {
  start: ['root'],
  data: () => ({ type: 'text/plain' }),
  states: {
    root: [
      r(
        new RegExp(
          `(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH)( +)([^ ]+)( +)(HTTPS?)(/)(\\d(?:\\.\\d)?)(\\r?\\n|${EOL})`,
        ),
        (m) => {
          m.groups('nf', '', 'nn', '', 'k', 'o', 'm', '');
          m.push('headers');
        },
      ),
      r(new RegExp(`(HTTPS?)(/)(\\d\\.\\d)( +)(\\d{3})( +)?([^\\r\\n]*)?(\\r?\\n|${EOL})`), (m) => {
        m.groups('k', 'o', 'm', '', 'm', '', 'ne', '');
        m.push('headers');
      }),
    ],
    headers: [
      r(new RegExp(`([^ \\t\\n\\v\\f\\r:]+)( *)(:)( *)([^\\r\\n]+)(\\r?\\n|${EOL})`), (m) => {
        // Ruby's split drops empty fields at the end, so `;` alone leaves no type (Rouge then fails).
        if (CONTENT_TYPE.test(m.match[1]!)) m.data.type = m.match[5]!.split(';')[0]!.toLowerCase();
        m.groups('na', '', 'p', '', 's', '');
      }),
      r(new RegExp(`([^\\r\\n]+)(\\r?\\n|${EOL})`), (m) => m.groups('s', '')),
      r(/\r?\n/, '', 'content'),
    ],
    content: [r(/[\s\S]+/, (m) => m.token(`${BODY}${m.data.type}`))],
  },
};

let byType: ReadonlyMap<string, string> | undefined;
function lexerFor(type: string): string | undefined {
  if (!byType) {
    const pairs = MIME_TYPES.split(' ');
    const map = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
    byType = map;
  }
  return byType.get(type);
}

/** HTTP in Rouge's markup; `html` colours the body in the language of the tag given. */
export function httpRouge(html: (code: string, tag: string) => string): (code: string) => string {
  return (code) => {
    const lexer = statefulLexer(head);
    const out = htmlWriter();
    let body = '';
    lexer.lex(code, (cls, text) => {
      if (!cls.startsWith(BODY)) return out.emit(cls, text);
      // The body is the rest of the text, so its HTML comes last; a head's last token is a line
      // break (plain), so no span of the head would have joined the body's first.
      const tag = lexerFor(cls.slice(BODY.length));
      body = tag && tag !== 'plaintext' ? html(text, tag) : escapeCode(text);
    });
    return out.html() + body;
  };
}
