import { type Language, type LexContext, rule, words } from './lexer.js';

// Shared pieces, named after the Pygments token each gives.
const WS = rule(/\s+/, '');
const C_LINE = rule(/\/\/[^\n]*/, 'c1');
const C_BLOCK = rule(/\/\*[\s\S]*?(?:\*\/|$)/, 'cm');
const HASH_COMMENT = rule(/#[^\n]*/, 'c1');
const STR_DOUBLE = rule(/"(?:[^"\\\n]|\\.)*"?/, 's');
const STR_SINGLE = rule(/'(?:[^'\\\n]|\\.)*'?/, 's');
const NUMBER = rule(/(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?)[lLfFdDuU]*/, (m) =>
  /^0[xX]/.test(m) ? 'mh' : /[.eE]/.test(m) || /[fFdD]$/.test(m) ? 'mf' : 'mi',
);
const followedByParen = (ctx: LexContext) => /^\s*\(/.test(ctx.rest);

/** A C-family language: keywords, declarations, types, constants, and names by position. */
function cFamily(spec: {
  keywords: string;
  declarations?: string;
  types?: string;
  constants?: string;
  classWords?: string;
  functionWords?: string;
  namespaceWords?: string;
  operatorClass?: string;
  nameClass?: string;
  attributeAfterDot?: boolean;
  extra?: Language['rules'];
}): Language {
  // An empty list must give an empty set (not one holding '', which every block start matches).
  const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
  const kw = set(spec.keywords);
  const decl = set(spec.declarations ?? '');
  const types = set(spec.types ?? '');
  const consts = set(spec.constants ?? 'true false null');
  const classWords = set(spec.classWords ?? 'class interface enum struct trait object');
  const fnWords = set(spec.functionWords ?? 'def fn func function');
  const nsWords = set(spec.namespaceWords ?? 'package import');
  const name = spec.nameClass ?? 'n';
  return {
    rules: [
      WS,
      C_LINE,
      C_BLOCK,
      ...(spec.extra ?? []),
      rule(/@[A-Za-z_][\w.]*/, 'nd'),
      STR_DOUBLE,
      rule(/'(?:[^'\\\n]|\\.){1,2}'/, 'sc'),
      NUMBER,
      rule(/[A-Za-z_$][\w$]*/, (w, ctx) => {
        // Pygments' Java lexer reads `.word` as an attribute before it looks for keywords.
        if (spec.attributeAfterDot && ctx.previousClass === 'o' && ctx.previousWord.endsWith('.')) return 'na';
        if (nsWords.has(w)) return 'kn';
        if (nsWords.has(ctx.previousWord) && ctx.previousClass === 'kn') return 'nn';
        if (consts.has(w)) return 'kc';
        if (classWords.has(w)) return 'kd';
        if (decl.has(w)) return 'kd';
        if (types.has(w)) return 'kt';
        if (kw.has(w)) return 'k';
        if (classWords.has(ctx.previousWord)) return 'nc';
        if (fnWords.has(ctx.previousWord)) return 'nf';
        // A name after a word and before `(` is a declaration to Pygments (also `new Foo(`).
        if (followedByParen(ctx) && /^\w+$/.test(ctx.previousWord) && /^(?:n|kt|nc|k|kd)$/.test(ctx.previousClass))
          return 'nf';
        return name;
      }),
      // An operator run stops before a comment: `(// note` is `(` then a comment.
      rule(/(?:[~^*!%&[\](){}<>|+=:;,.?\\-]|\/(?![/*]))+/, spec.operatorClass ?? 'o'),
    ],
  };
}

const java = cFamily({
  keywords:
    'assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while var yield',
  declarations:
    'abstract const extends final implements native private protected public static strictfp super synchronized throws transient volatile',
  types: 'boolean byte char double float int long short void',
  classWords: 'class interface enum record',
  functionWords: '',
  attributeAfterDot: true,
});

// Pygments' Scala lexer: capitalised names are classes (`nc`); after `:` a type annotation runs
// to `=`, `{`, a line end, or a `,`/`)` outside its brackets, and its names are types (`kt`) with
// plain separators. `state.type` is 1 inside an annotation, `state.depth` its bracket depth.
const inType = (ctx: LexContext) => ctx.state.type === 1;
const endType = (ctx: LexContext) => {
  ctx.state.type = 0;
  ctx.state.depth = 0;
};
const scala: Language = {
  rules: [
    rule(/\n\s*/, (_m, ctx) => {
      endType(ctx);
      return '';
    }),
    WS,
    C_LINE,
    C_BLOCK,
    rule(/"""[\s\S]*?"""/, 's'),
    STR_DOUBLE,
    rule(/'(?:[^'\\\n]|\\.)'/, 'sc'),
    rule(/'[A-Za-z_]\w*/, 'ss'),
    NUMBER,
    rule(/@[A-Za-z_][\w.]*/, 'nd'),
    rule(
      words(
        'abstract case catch do else extends final finally for forSome if implicit lazy match new override private protected requires return sealed super this throw try val var while with yield def import package type',
      ),
      (w, ctx) => {
        endType(ctx);
        return w === 'import' || w === 'package' ? 'kn' : 'k';
      },
    ),
    rule(words('class trait object'), (_w, ctx) => {
      endType(ctx);
      return 'k';
    }),
    rule(words('true false null'), 'kc'),
    rule(/[A-Za-z_$][\w$]*/, (w, ctx) => {
      if (inType(ctx)) return 'kt';
      if (
        ['class', 'trait', 'object', 'new', 'extends', 'with'].includes(ctx.previousWord) &&
        ctx.previousClass === 'k'
      )
        return 'nc';
      if (ctx.previousClass === 'kn' || (ctx.previousClass === 'nn' && ctx.previousWord === '.')) return 'nn';
      return /^[A-Z]/.test(w) ? 'nc' : 'n';
    }),
    // `=`, `:`, `=>` and `<-` are keywords to Pygments' Scala lexer; `:` starts a type annotation.
    rule(/(?:=>|<-|<:|>:|=|:)(?![~^*!%&|+=:/?\\<>-])/, (m, ctx) => {
      if (m === ':') {
        ctx.state.type = 1;
        ctx.state.depth = 0;
      } else endType(ctx);
      return 'k';
    }),
    rule(/,/, (_m, ctx) => {
      if (inType(ctx) && (ctx.state.depth ?? 0) > 0) return '';
      endType(ctx);
      return 'o';
    }),
    rule(/[[(]/, (_m, ctx) => {
      if (inType(ctx)) ctx.state.depth = (ctx.state.depth ?? 0) + 1;
      return 'o';
    }),
    rule(/[\])]/, (_m, ctx) => {
      if (inType(ctx)) {
        ctx.state.depth = (ctx.state.depth ?? 0) - 1;
        if (ctx.state.depth < 0) endType(ctx);
      }
      return 'o';
    }),
    rule(/[{}]/, (_m, ctx) => {
      endType(ctx);
      return 'o';
    }),
    rule(/[~^*!%&<>|+:;./?\\#-]+/, 'o'),
  ],
};

const xml: Language = {
  rules: [
    WS,
    rule(/<!--[\s\S]*?(?:-->|$)/, 'c'),
    rule(/<!\[CDATA\[[\s\S]*?\]\]>/, 'cp'),
    rule(/<\?[\s\S]*?\?>/, 'cp'),
    rule(/<\/?[A-Za-z_][\w:.-]*\s*\/?>/, 'nt'),
    rule(/<[A-Za-z_][\w:.-]*/, 'nt'),
    rule(/[A-Za-z_][\w:.-]*\s*=/, (_m, ctx) =>
      ctx.previousClass === 'nt' || ctx.previousClass === 's' || ctx.previousClass === 'na' ? 'na' : '',
    ),
    rule(/"[^"]*"|'[^']*'/, (_m, ctx) => (ctx.previousClass === 'na' ? 's' : '')),
    rule(/\/?>/, 'nt'),
    rule(/&[#\w]+;/, 'ni'),
    rule(/[^<&\s]+/, ''),
  ],
};

const python: Language = {
  rules: [
    WS,
    HASH_COMMENT,
    rule(/(?:"""[\s\S]*?"""|'''[\s\S]*?''')/, 'sd'),
    rule(/[rRbBuUfF]{0,2}"(?:[^"\\\n]|\\.)*"?/, 's2'),
    rule(/[rRbBuUfF]{0,2}'(?:[^'\\\n]|\\.)*'?/, 's1'),
    NUMBER,
    rule(/@[\w.]+/, 'nd'),
    rule(words('from import'), 'kn'),
    rule(words('and in is not or'), 'ow'),
    rule(
      words(
        'as assert async await break class continue def del elif else except finally for global if lambda nonlocal pass raise return try while with yield',
      ),
      'k',
    ),
    rule(words('True False None'), 'kc'),
    rule(words('self cls'), 'bp'),
    rule(
      words(
        'abs all any bool dict enumerate filter float getattr hasattr int isinstance len list map max min open print range repr set sorted str sum super tuple type zip',
      ),
      (_w, ctx) => (ctx.previousWord === '.' ? 'n' : 'nb'),
    ),
    rule(/[A-Za-z_]\w*/, (_w, ctx) =>
      ctx.previousWord === 'def' ? 'nf' : ctx.previousWord === 'class' ? 'nc' : ctx.previousClass === 'kn' ? 'nn' : 'n',
    ),
    rule(/[-+*/%@&|^~<>=!]+/, 'o'),
    rule(/[()[\]{}:;,.]+/, 'p'),
  ],
};

const sql: Language = {
  rules: [
    WS,
    rule(/--[^\n]*/, 'c1'),
    C_BLOCK,
    rule(/'(?:[^']|'')*'?/, 's1'),
    rule(/"[^"]*"?/, 's2'),
    rule(/`[^`]*`/, 's2'),
    NUMBER,
    rule(
      /\b(?:SELECT|FROM|WHERE|AND|OR|NOT|IN|IS|NULL|AS|ON|JOIN|LEFT|RIGHT|INNER|OUTER|FULL|CROSS|GROUP|BY|ORDER|HAVING|LIMIT|OFFSET|INSERT|INTO|VALUES|UPDATE|SET|DELETE|CREATE|TABLE|VIEW|INDEX|DROP|ALTER|ADD|PRIMARY|KEY|FOREIGN|REFERENCES|DISTINCT|UNION|ALL|CASE|WHEN|THEN|ELSE|END|EXISTS|BETWEEN|LIKE|ASC|DESC|WITH|OVER|PARTITION|WINDOW|ROWS|RANGE|INTERVAL|TRUE|FALSE|COUNT|SUM|AVG|MIN|MAX|CAST|TUMBLE|HOP|SESSION|INT|INTEGER|BIGINT|VARCHAR|STRING|DOUBLE|BOOLEAN|TIMESTAMP|DATE)\b/i,
      'k',
    ),
    rule(/[A-Za-z_][\w$]*/, 'n'),
    rule(/[-+*/<>=!|%]+/, 'o'),
    rule(/[()[\],;.]+/, 'p'),
  ],
};

const bash: Language = {
  rules: [
    rule(/[ \t]+/, ''),
    rule(/\n+/, ''),
    HASH_COMMENT,
    rule(/"(?:[^"\\]|\\.)*"?/, 's2'),
    rule(/'[^']*'?/, 's1'),
    rule(/\$\{[^}\n]*\}|\$\(|\$[A-Za-z_]\w*|\$[0-9#?@*$!-]/, 'nv'),
    rule(
      /\b(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|select|return|break|continue)\b(?![-\w.])/,
      'k',
    ),
    rule(
      /\b(?:echo|cd|export|source|alias|unset|set|read|printf|exit|eval|exec|test|shift|local|declare|pwd|trap|wait|kill)\b(?![-\w.])/,
      'nb',
    ),
    rule(/[A-Za-z_]\w*(?==)/, 'nv'),
    rule(/\d+(?=[\s;|&)]|$)/, 'm'),
    rule(/&&|\|\||[|&;<>()=]/, 'o'),
    rule(/[^\s"'$#|&;<>()=\\]+/, ''),
  ],
};

const json: Language = {
  rules: [
    WS,
    rule(/"(?:[^"\\\n]|\\.)*"(?=\s*:)/, 'nt'),
    rule(/"(?:[^"\\\n]|\\.)*"?/, 's2'),
    rule(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, (m) => (/[.eE]/.test(m) ? 'mf' : 'mi')),
    rule(words('true false null'), 'kc'),
    rule(/[{}[\],:]/, 'p'),
  ],
};

const yaml: Language = {
  rules: [
    rule(/[ \t]+/, ''),
    rule(/\n+/, ''),
    HASH_COMMENT,
    rule(/---|\.\.\./, 'nt'),
    rule(/[\w./-][\w ./-]*(?=\s*:(?:\s|$))/, 'nt'),
    rule(/:(?=\s|$)/, 'p'),
    rule(/-(?=\s)/, 'p'),
    rule(/"(?:[^"\\\n]|\\.)*"?/, 's2'),
    rule(/'(?:[^'\n]|'')*'?/, 's1'),
    rule(/[&*][\w-]+/, 'nv'),
    rule(/![\w!]*/, 'nt'),
    rule(/\b(?:true|false|yes|no|null|on|off)\b/i, 'kc'),
    rule(/-?\d+(?:\.\d+)?(?=\s|$|,|\])/, 'm'),
    rule(/[{}[\],|>]/, 'p'),
    rule(/[^\s#:,{}[\]]+/, ''),
  ],
};

const jsKeywords =
  'break case catch continue debugger default delete do else export extends finally for from if import in instanceof new of return super switch this throw try typeof void while with yield async await as';
const javascript = cFamily({
  keywords: jsKeywords,
  declarations: 'var let const function class',
  constants: 'true false null undefined NaN Infinity',
  classWords: 'class',
  functionWords: 'function',
  namespaceWords: '',
  nameClass: 'nx',
  operatorClass: 'o',
  extra: [rule(/`(?:[^`\\]|\\.)*`?/, 'sb'), STR_SINGLE],
});
const typescript = cFamily({
  keywords:
    jsKeywords +
    ' implements interface type enum namespace declare readonly private public protected abstract static keyof is',
  declarations: 'var let const function class',
  types: 'string number boolean any unknown never void object symbol bigint',
  constants: 'true false null undefined',
  classWords: 'class interface type enum',
  functionWords: 'function',
  namespaceWords: '',
  nameClass: 'nx',
  extra: [rule(/`(?:[^`\\]|\\.)*`?/, 'sb'), STR_SINGLE],
});
const go = cFamily({
  keywords: 'break case chan continue default defer else fallthrough for go goto if map range return select switch',
  declarations: 'var const type struct interface func',
  types:
    'bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr',
  constants: 'true false nil iota',
  classWords: 'type',
  functionWords: 'func',
  extra: [rule(/`[^`]*`?/, 's')],
});
const rust = cFamily({
  keywords:
    'as async await break continue crate dyn else extern for if impl in loop match move mut pub ref return self Self static super unsafe use where while',
  declarations: 'let const',
  types: 'bool char str u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 String Vec Option Result Box',
  constants: 'true false None Some Ok Err',
  classWords: 'struct enum trait type mod',
  functionWords: 'fn',
  namespaceWords: 'use',
  extra: [rule(/[A-Za-z_]\w*!/, 'nf'), rule(/'[A-Za-z_]\w*(?!')/, 'nl')],
});
const c = cFamily({
  keywords:
    'break case continue default do else for goto if return sizeof switch while typedef extern static inline const volatile register auto restrict new delete this throw try catch namespace using template typename public private protected virtual override operator friend',
  types:
    'void char short int long float double signed unsigned bool size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t auto',
  constants: 'true false NULL nullptr',
  classWords: 'struct union enum class',
  functionWords: '',
  namespaceWords: '',
  extra: [rule(/#\s*(?:include|define|ifdef|ifndef|endif|if|else|elif|pragma|undef)\b[^\n]*/, 'cp')],
});

/** Languages by the names and aliases a fence may give. */
export const LANGUAGES: Readonly<Record<string, Language>> = {
  java,
  scala,
  xml,
  html: xml,
  xhtml: xml,
  svg: xml,
  python,
  py: python,
  python3: python,
  sql,
  bash,
  sh: bash,
  shell: bash,
  zsh: bash,
  console: bash,
  yaml,
  yml: yaml,
  json,
  javascript,
  js: javascript,
  typescript,
  ts: typescript,
  go,
  golang: go,
  rust,
  rs: rust,
  c,
  h: c,
  cpp: c,
  'c++': c,
  cc: c,
  cxx: c,
  hpp: c,
};
