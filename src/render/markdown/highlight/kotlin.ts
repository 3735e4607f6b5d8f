import { type Pattern, r, type StatefulLanguage } from './machine.js';
import { SPACE } from './ruby-regex.js';

// Kotlin as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/kotlin/ and the Kotlin
// sample): its keyword list `k` (`true` and `null` too), `val`/`var`/`class`/`object` `kd`; the
// name declared after `class` `nc`, after `fun` `nf`, after `val`/`var` `py`, after `package` or
// `import` `nn` (to the next blank); a capitalised name `nc`, a name before `(` or `{` `nf`, an
// annotation or label `nd`; all signs punctuation but `::`, `!!`, `?:`, `?.` and `..`. A name may
// hold `-`, as in Rouge.
const NAME_CHARS = '[-_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}\\p{Nd}\\p{Pc}\\p{Cf}\\p{Mn}\\p{Mc}]*';
const CLASS = `\`?\\p{Lu}${NAME_CHARS}\`?`;
const NAME = `\`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]${NAME_CHARS}\`?`;
const u = (source: string): Pattern => ({ source, flags: 'u' });
const KEYWORDS = `abstract annotation as break by catch class companion const constructor continue crossinline do
  dynamic else enum external false final finally for fun get if import in infix inline inner interface internal
  is lateinit noinline null object open operator out override package private protected public reified return
  sealed set super suspend tailrec this throw true try typealias typeof val var vararg when where while yield`;
const DIGITS = '(?:[0-9][0-9_]*[0-9]|[0-9])';
const DOUBLE = `(?:(?:${DIGITS})?\\.${DIGITS}(?:[eE][+-]?${DIGITS})?|${DIGITS}[eE][+-]?${DIGITS})`;

export const kotlinRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    root: [
      // Blanks are Ruby's `\s`, ASCII only: Rouge marks a no-break space (pasted code) `err`.
      r(/\b(companion)([ \t\n\v\f\r]+)(object)\b/, (m) => m.groups('k', '', 'k')),
      r(/\b(class|data[ \t\n\v\f\r]+class|interface|object)([ \t\n\v\f\r]+)/, (m) => {
        m.groups('kd', '');
        m.push('class');
      }),
      r(/\b(fun)([ \t\n\v\f\r]+)/, (m) => {
        m.groups('k', '');
        m.push('function');
      }),
      r(/\b(package|import)([ \t\n\v\f\r]+)/, (m) => {
        m.groups('k', '');
        m.push('package');
      }),
      r(/\b(val|var)([ \t\n\v\f\r]+)(\()/, (m) => {
        m.groups('kd', '', 'p');
        m.push('destructure');
      }),
      r(/\b(val|var)([ \t\n\v\f\r]+)/, (m) => {
        m.groups('kd', '');
        m.push('property');
      }),
      r(u(`(return|continue|break|this|super)(@${NAME})?\\b`), (m) => m.groups('k', 'nd')),
      r(/\bfun\b/, 'k'),
      r(new RegExp(`\\b(?:${KEYWORDS.trim().split(/\s+/).join('|')})\\b`), 'k'),
      r(/^\s*\[.*?\]/m, 'na'),
      r(/[ \t\v\f\r]+/, ''),
      r(/\\\n/, ''),
      r(/\/\/.*?$/m, 'c1'),
      r(/\/[*].*[*]\//, 'cm'),
      r(/\/[*].*/, 'cm', 'comment'),
      r(/\n/, ''),
      r(/(::)(class)/, (m) => m.groups('o', 'k')),
      r(/::|!!|\?[:.]/, 'o'),
      r(/\.\./, 'o'),
      r(new RegExp(`${DOUBLE}[fF]?|${DIGITS}[fF]`), 'mf'),
      r(/0[bB](?:[01][01_]*[01]|[01])[uU]?L?/, 'mb'),
      r(/0[xX](?:[0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?/, 'mh'),
      r(/(?:[1-9][0-9_]*[0-9]|[0-9])[uU]?L?/, 'mi'),
      r(/[~!%^&*()+=|[\]:;,.<>/?-]/, 'p'),
      r(/[{}]/, 'p'),
      r(/@"(?:""|[^"])*"/, 's'),
      r(/"""[\s\S]*?"""/, 's'),
      r(/"(?:\\\\|\\"|[^"\n])*["\n]/, 's'),
      r(/'\\.'|'[^\\]'/, 'sc'),
      r(u(`@${CLASS}`), 'nd'),
      r(u(`(${CLASS})(<)`), (m) => {
        m.groups('nc', 'p');
        m.push('generic_parameters');
      }),
      r(u(CLASS), 'nc'),
      r(u(`${NAME}(?=${SPACE}*[({])`), 'nf'),
      r(u(`${NAME}@`), 'nd'),
      r(u(NAME), 'n'),
    ],
    package: [r(/\S+/, 'nn', '#pop')],
    class: [r(u(CLASS), 'nc', '#pop')],
    function: [
      r(/</, 'p', 'generic_parameters'),
      r(/[ \t\n\v\f\r]+/, ''),
      r(u(`(${CLASS})(\\.)`), (m) => m.groups('nc', 'p')),
      r(u(NAME), 'nf', '#pop'),
    ],
    generic_parameters: [
      r(u(CLASS), 'nc'),
      r(/</, 'p', 'generic_parameters'),
      r(/reified|out|in/, 'k'),
      r(/[,:.?]/, 'p'),
      r(/[ \t\n\v\f\r]+/, ''),
      r(/>/, 'p', '#pop'),
    ],
    property: [r(/</, 'p', 'generic_parameters'), r(/[ \t\n\v\f\r]+/, ''), r(u(NAME), 'py', '#pop')],
    destructure: [r(/,/, 'p'), r(/\)/, 'p', '#pop'), r(/[ \t\n\v\f\r]+/, ''), r(u(NAME), 'py')],
    comment: [r(/\/[*]/, 'cm', 'comment'), r(/[*]\//, 'cm', '#pop'), r(/[^/*]+/, 'cm'), r(/[/*]/, 'cm')],
  },
};
