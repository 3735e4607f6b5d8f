import { type Language, type LexContext, lineBefore, rule, words } from './lexer.js';

// Shared pieces, named after the Pygments token each gives.
const WS = rule(/\s+/, '');
const C_LINE = rule(/\/\/[^\n]*/, 'c1');
const C_BLOCK = rule(/\/\*[\s\S]*?(?:\*\/|$)/, 'cm');
const HASH_COMMENT = rule(/#[^\n]*/, 'c1');
const STR_DOUBLE = rule(/"(?:[^"\\\n]|\\.)*"?/, 's');
/** A number; `1000.` is an integer and a dot to Pygments' and Rouge's Java, a float elsewhere. */
const number = (dotEndsFloat: boolean) =>
  rule(
    new RegExp(
      `(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\\d[\\d_]*${dotEndsFloat ? '\\.?[\\d_]*' : '(?:\\.\\d[\\d_]*)?'}(?:[eE][+-]?\\d+)?)[lLfFdDuU]*`,
    ),
    (m) => (/^0[xX]/.test(m) ? 'mh' : /[.eE]/.test(m) || /[fFdD]$/.test(m) ? 'mf' : 'mi'),
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
  keywordDeclaredAfterName?: boolean;
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
      number(false),
      rule(/[A-Za-z_$][\w$]*/, (w, ctx) => {
        // Pygments' Java lexer reads `.word` as an attribute before it looks for keywords.
        if (spec.attributeAfterDot && ctx.previousClass === 'o' && ctx.previousWord.endsWith('.')) return 'na';
        if (nsWords.has(w)) return 'kn';
        if (nsWords.has(ctx.previousWord) && ctx.previousClass === 'kn') return 'nn';
        if (consts.has(w)) return 'kc';
        if (classWords.has(w)) return 'kd';
        if (decl.has(w)) return 'kd';
        if (types.has(w)) return 'kt';
        if (kw.has(w)) {
          // Pygments' Java lexer reads `name WORD (` as a method declaration before it looks for
          // keywords at the name: `{s\n for (` makes `for` a function name.
          const afterName =
            ctx.previousClass === 'n' && /^\w+$/.test(ctx.previousWord) && /\s/.test(ctx.code[ctx.pos - 1] ?? '');
          return spec.keywordDeclaredAfterName && afterName && followedByParen(ctx) ? 'nf' : 'k';
        }
        if (classWords.has(ctx.previousWord)) return 'nc';
        if (fnWords.has(ctx.previousWord)) return 'nf';
        // A name after a word and before `(` is a declaration to Pygments (also `new Foo(`).
        if (followedByParen(ctx) && /^\w+$/.test(ctx.previousWord) && /^(?:n|kt|nc|k|kd)$/.test(ctx.previousClass))
          return 'nf';
        // So is one after a generic type: `Tuple2<String, Long> map(`.
        if (followedByParen(ctx) && /[\w$]<.*>\s+$/.test(lineBefore(ctx))) return 'nf';
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
  keywordDeclaredAfterName: true,
});

// Pygments' Scala lexer: capitalised names are classes (`nc`); after `:` a type annotation runs
// to `=`, `{`, a line end, or a `,`/`)` outside its brackets, and its names (dotted ones whole)
// are types (`kt`) with plain separators; so are the type arguments in `[…]`. `state.type` is 1
// inside an annotation, 2 inside type arguments, `state.depth` the bracket depth.
const inType = (ctx: LexContext) => (ctx.state.type ?? 0) > 0;
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
    number(true),
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
    rule(/_(?![\w$])/, 'k'),
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
    // `=`, `:`, `=>` and `<-` are keywords to Pygments' Scala lexer, but operators after a type
    // annotation (which they end); `:` starts a type annotation.
    rule(/(?:=>|<-|<:|>:|=|:)(?![~^*!%&|+=:/?\\<>-])/, (m, ctx) => {
      if (m === ':') {
        ctx.state.type = 1;
        ctx.state.depth = 0;
        return 'k';
      }
      if (ctx.state.type === 1 && (m === '=' || m === '=>')) {
        endType(ctx);
        return 'o';
      }
      endType(ctx);
      return 'k';
    }),
    rule(/,/, (_m, ctx) => {
      if (inType(ctx) && (ctx.state.depth ?? 0) > 0) return '';
      endType(ctx);
      return 'o';
    }),
    rule(/[[(]/, (m, ctx) => {
      if (inType(ctx)) ctx.state.depth = (ctx.state.depth ?? 0) + 1;
      else if (m === '[') {
        ctx.state.type = 2;
        ctx.state.depth = 1;
      }
      return 'o';
    }),
    rule(/[\])]/, (m, ctx) => {
      if (inType(ctx)) {
        ctx.state.depth = (ctx.state.depth ?? 0) - 1;
        // An annotation's `[…]` or `(…)` closing at its start ends it, as does `)` beyond it.
        if (ctx.state.depth < (ctx.state.type === 2 || m === ']' ? 1 : 0)) endType(ctx);
      }
      return 'o';
    }),
    rule(/\.(?=[A-Za-z_$])/, (_m, ctx) => (inType(ctx) ? 'kt' : 'o')),
    rule(/[{}]/, (_m, ctx) => {
      endType(ctx);
      return 'o';
    }),
    rule(/[~^*!%&<>|+:;./?\\#=-]+/, 'o'),
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
    number(true),
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

/**
 * The languages whose own lexer here agrees with Rouge and Pygments better than Prism does (see
 * test/highlight-oracle), by Rouge's language tag. Java and Scala follow Pygments' markup, used
 * in it only: Rouge's markup lexes them as Rouge does (java.ts, scala.ts).
 */
export const LANGUAGES: Readonly<Record<string, Language>> = { java, scala, xml, html: xml, python };
