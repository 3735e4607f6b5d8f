import { mixin, r, type StatefulLanguage } from './machine.js';

// JavaScript as Pygments 2.14 lexes it (checked on test/highlight-oracle/exact/javascript/): every
// number but a BigInt, binary, octal or hex one a float (`mf`); `typeof`, `instanceof`, `in`,
// `void`, `delete` and `new` operator words (`ow`); `constructor`, `from` and `as` reserved
// words (`kr`), as are Java's reserved words; declarations `kd`; its builtins `nb`, error classes
// `ne`, any other name `nx`; `...` and `=>` punctuation. A `/` opens a regex where an operator, an
// opening bracket, a keyword or a line's start came before it, as in Pygments; a regex that does
// not close ends at the line's end as text.

/** A JavaScript identifier (letters, `$`, `_`, `\uXXXX`), as Pygments reads one. */
const START = '(?:[$_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nl}]|\\\\u[a-fA-F0-9]{4})';
const PART =
  '(?:[$\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}\\u200c\\u200d]|\\\\u[a-fA-F0-9]{4})';

const AFTER = 'slashstartsregex';

export const javascriptPygments: StatefulLanguage = {
  start: ['root'],
  states: {
    commentsandwhitespace: [r(/\s+/, ''), r(/<!--/, 'c'), r(/\/\/.*?$/m, 'c1'), r(/\/\*[\s\S]*?\*\//, 'cm')],
    slashstartsregex: [
      mixin('commentsandwhitespace'),
      r(/\/(?:\\[\s\S]|[^[/\\\n]|\[(?:\\[\s\S]|[^\]\\\n])*\])+\/(?:[gimuysd]+\b|\B)/, 'sr', '#pop'),
      r(/(?=\/)/, (m) => {
        m.pop();
        m.push('badregex');
      }),
      r(/(?:)/, (m) => m.pop()),
    ],
    badregex: [r(/\n/, '', '#pop')],
    root: [
      // A hashbang at the start of the code.
      r(/(?<![\s\S])#! ?\/.*?$/m, 'ch'),
      r(/^(?=\s|\/|<!--)/m, (m) => m.push(AFTER)),
      mixin('commentsandwhitespace'),
      r(/0[bB][01]+n?/, 'mb'),
      r(/0[oO]?[0-7]+n?/, 'mo'),
      r(/0[xX][0-9a-fA-F]+n?/, 'mh'),
      r(/[0-9]+n/, 'mi'),
      r(/(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+)(?:[eE][-+]?[0-9]+)?/, 'mf'),
      r(/\.\.\.|=>/, 'p'),
      r(/\+\+|--|~|\?\?=?|\?|:|\\(?=\n)|(?:<<|>>>?|==?|!=?|(?:\*\*|\|\||&&|[-<>+*%&|^/]))=?/, 'o', AFTER),
      r(/[{([;,]/, 'p', AFTER),
      r(/[})\].]/, 'p'),
      r(/(?:typeof|instanceof|in|void|delete|new)\b/, 'ow', AFTER),
      r(/\b(?:constructor|from|as)\b/, 'kr'),
      r(
        /(?:for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|yield|await|async|this|of|static|export|import|debugger|extends|super)\b/,
        'k',
        AFTER,
      ),
      r(/(?:var|let|const|with|function|class)\b/, 'kd', AFTER),
      r(
        /(?:abstract|boolean|byte|char|double|enum|final|float|goto|implements|int|interface|long|native|package|private|protected|public|short|synchronized|throws|transient|volatile)\b/,
        'kr',
      ),
      r(/(?:true|false|null|NaN|Infinity|undefined)\b/, 'kc'),
      r(
        /(?:Array|Boolean|Date|BigInt|Function|Math|ArrayBuffer|Number|Object|RegExp|String|Promise|Proxy|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|DataView|document|window|globalThis|global|Symbol|Intl|WeakSet|WeakMap|Set|Map|Reflect|JSON|Atomics|Int(?:8|16|32)Array|BigInt64Array|Float32Array|Float64Array|Uint8ClampedArray|Uint(?:8|16|32)Array|BigUint64Array)\b/,
        'nb',
      ),
      r(/(?:(?:Eval|Internal|Range|Reference|Syntax|Type|URI)?Error)\b/, 'ne'),
      r(/[a-zA-Z_?.$][\p{L}\p{N}_?.$]*(?=\(\) \{)/u, 'nx', AFTER),
      r(new RegExp(`${START}${PART}*`, 'u'), 'nx'),
      r(/"(?:\\\\|\\[^\\]|[^"\\])*"/, 's2'),
      r(/'(?:\\\\|\\[^\\]|[^'\\])*'/, 's1'),
      r(/`/, 'sb', 'interp'),
    ],
    interp: [
      r(/`/, 'sb', '#pop'),
      r(/\\[\s\S]/, 'sb'),
      r(/\$\{/, 'si', 'interp-inside'),
      r(/\$/, 'sb'),
      r(/[^`\\$]+/, 'sb'),
    ],
    'interp-inside': [r(/\}/, 'si', '#pop'), mixin('root')],
  },
};
