import { csharpRouge } from './csharp.js';
import { r, type StatefulLanguage, type StateRule, statefulLexer } from './machine.js';
import { BLANKS, NON_SPACE, SPACE, u } from './ruby-regex.js';

// XML as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/xml/, the
// sample and random code): text up to a `<` or `&` is plain; an entity `&…;` (no blanks) `ni`;
// `<!DOCTYPE …>` and any other `<!…>` up to its first `>` (lines included), a `<?…?>` on one line
// and a `<![CDATA[…]]>` on one line `cp`; a comment `<!--…-->` `c` over lines. A tag's `<name`
// and its closing `>` or `/>` are `nt` (an end tag `</name>` is one token), each attribute's name
// with its `=` `na` and its value `s`: a quoted one over lines, or anything up to a blank or `>`.
// A `<` or `&` that opens none of these, and in a tag what is no attribute (a name with no `=`, a
// stray quote), is an error `err`, a character at a time, as Rouge shows it.
const NAME = '[\\p{L}:_][\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·\\-]*';

function xmlStates(before: readonly StateRule[] = []): Record<string, readonly StateRule[]> {
  return {
    root: [
      ...before,
      r(u('[^<&]+'), ''),
      r(u(`&${NON_SPACE}*?;`), 'ni'),
      r(u('<!\\[CDATA\\[[^\\n]*?\\]\\]>'), 'cp'),
      r(u('<!--'), 'c', 'comment'),
      r(u('<\\?[^\\n]*?\\?>'), 'cp'),
      r(u('<![^>]*>'), 'cp'),
      r(u(`<${SPACE}*${NAME}`), 'nt', 'tag'),
      r(u(`<${SPACE}*\\/${SPACE}*${NAME}${SPACE}*>`), 'nt'),
    ],
    comment: [r(u('[^-]+'), 'c'), r(u('-->'), 'c', '#pop'), r(u('-'), 'c')],
    tag: [r(u(`${SPACE}+`), ''), r(u(`${NAME}${SPACE}*=`), 'na', 'attr'), r(u(`\\/?${SPACE}*>`), 'nt', '#pop')],
    attr: [r(u(`${SPACE}+`), ''), r(u(`"[\\s\\S]*?"|'[\\s\\S]*?'|[^${BLANKS}>]+`), 's', '#pop')],
  };
}

export const xmlRouge: StatefulLanguage = { start: ['root'], states: xmlStates() };

// BIML as Rouge 3.30 lexes it: XML, with `<#@ name attr="…" #>` directives (the brackets `nt`, the
// words `na`, attributes as a tag's) and `<# … #>` / `<#= … #>` blocks whose code is C#, each block
// lexed on its own, the brackets with the blanks around them `nt`. In a block never closed
// everything after its `<#` is an error, as Rouge shows it.
export const bimlRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    ...xmlStates([r(u(`<#@${SPACE}*`), 'nt', 'directive_tag'), r(u(`<#=?${SPACE}*`), 'nt', 'directive_as_csharp')]),
    directive_as_csharp: [
      r(u(`${SPACE}*#>${SPACE}*`), 'nt', '#pop'),
      r(u(`[\\s\\S]*?(?=${SPACE}*#>)`), (m) =>
        statefulLexer(csharpRouge).lex(m.match[0], (cls, text) => m.token(cls, text)),
      ),
    ],
    directive_tag: [
      r(u(`${SPACE}+`), ''),
      r(u(`[\\w.:\\-]+${SPACE}*=`), 'na', 'attr'),
      r(u(`\\w+${SPACE}*`), 'na'),
      r(u(`\\/?${SPACE}*#>`), 'nt', '#pop'),
    ],
  },
};
