import { apacheRouge } from './apache.js';
import { augeas } from './augeas.js';
import { batchfileRouge } from './batchfile.js';
import { bpf } from './bpf.js';
import { cRouge } from './c.js';
import { clojureRouge } from './clojure.js';
import { cmakeRouge } from './cmake.js';
import { cmhg } from './cmhg.js';
import { conf } from './conf.js';
import { consoleLexer, lexConsole } from './console.js';
import { cppRouge } from './cpp.js';
import { csharpRouge } from './csharp.js';
import { cssPygments, cssRouge } from './css.js';
import { csvs } from './csvs.js';
import { dartRouge } from './dart.js';
import { datastudio } from './datastudio.js';
import { diffPygments, diffRouge } from './diff.js';
import { dockerRouge } from './docker.js';
import { elixirRouge } from './elixir.js';
import { eppRouge, erbPygments, erbRouge } from './erb.js';
import { erlangRouge } from './erlang.js';
import type { LexerOptions } from './fancy.js';
import { freefemRouge } from './freefem.js';
import { fsharpRouge } from './fsharp.js';
import { gherkinRouge } from './gherkin.js';
import { goRouge } from './go.js';
import { GRAMMAR_CLASSES } from './grammar-classes.js';
import { graphqlRouge } from './graphql.js';
import { gradleRouge, groovyRouge } from './groovy.js';
import { haskellRouge } from './haskell.js';
import { hoconRouge } from './hocon.js';
import { hqlRouge } from './hql.js';
import { htmlRouge } from './html.js';
import { httpRouge } from './http.js';
import { isbl } from './isbl.js';
import { javaRouge } from './java.js';
import { javascriptPygments, javascriptRouge } from './javascript.js';
import { jsl } from './jsl.js';
import { jsonDocRouge, jsonRouge } from './json.js';
import { jsxRouge } from './jsx.js';
import { juliaRouge } from './julia.js';
import { kotlinRouge } from './kotlin.js';
import { LANGUAGES } from './languages.js';
import { escapeCode, lex } from './lexer.js';
import { liquidRouge } from './liquid.js';
import { luaRouge } from './lua.js';
import { lustre, lutin } from './lustre.js';
import { m68kRouge } from './m68k.js';
import { lexStateful, type StatefulLanguage } from './machine.js';
import { magik } from './magik.js';
import { makeRouge } from './make.js';
import { makePygments } from './make-pygments.js';
import { markdownRouge } from './markdown.js';
import { mason } from './mason.js';
import { matlabRouge } from './matlab.js';
import { mosel } from './mosel.js';
import { msgtrans } from './msgtrans.js';
import { nginxRouge } from './nginx.js';
import { nial } from './nial.js';
import { objectiveCppRouge, objectiveCRouge } from './objective-c.js';
import { ocamlRouge } from './ocaml.js';
import { ocl } from './ocl.js';
import { perlRouge } from './perl.js';
import { phpRouge, phpRougeWith } from './php.js';
import { postscriptPygments, postscriptRouge } from './postscript.js';
import { powershellRouge } from './powershell.js';
import { prismHtml } from './prism.js';
import { iniRouge, propertiesRouge } from './properties.js';
import { protobufRouge } from './protobuf.js';
import { pythonRouge } from './python.js';
import { rRouge } from './r.js';
import type { Piece, Rename } from './rename-kit.js';
import { ROUGE_LANGUAGES, type RougeLanguage } from './rouge-languages.js';
import { ruby } from './ruby.js';
import { rustRouge } from './rust.js';
import { scalaRouge } from './scala.js';
import { UNSCOPED } from './scope-classes.js';
import { scssRouge } from './scss.js';
import { sedRouge } from './sed.js';
import { shell } from './shell.js';
import { SMALL_PYGMENTS } from './small-pygments.js';
import { sqlPygments, sqlRouge } from './sql.js';
import { swiftRouge } from './swift.js';
import { systemdRouge } from './systemd.js';
import { syzlang, syzprog } from './syzkaller.js';
import { texPygments, texRouge } from './tex.js';
import { textmateHtml } from './textmate.js';
import { tomlRouge } from './toml.js';
import { ttcn3 } from './ttcn3.js';
import { tulip } from './tulip.js';
import { tsxRouge, typescriptRouge } from './typescript.js';
import { vimlRouge } from './viml.js';
import { bimlRouge, xmlRouge } from './xml.js';
import { xpathRouge } from './xpath.js';
import { digdagRouge, yamlRouge } from './yaml.js';

/** Languages lexed as Rouge lexes them, state by state, by Rouge's tag. */
const STATEFUL: Readonly<Record<string, StatefulLanguage>> = { ruby, conf, m68k: m68kRouge };
/** A lexer: a language's states, or code to HTML for a language made of others (ERB's Ruby). */
type Lexer = StatefulLanguage | ((code: string) => string);
const run = (lexer: Lexer, code: string) => (typeof lexer === 'function' ? lexer(code) : lexStateful(code, lexer));

/**
 * Languages no grammar covers, lexed as Rouge lexes them in both markups (Pygments knows few of
 * them): each built from its states the first time a block needs it, so a build with none of
 * them makes none.
 */
const SMALL: Readonly<Record<string, () => Lexer>> = {
  augeas,
  bpf,
  cmhg,
  csvs,
  datastudio,
  isbl,
  jsl,
  lustre,
  lutin,
  magik,
  mason,
  mosel,
  msgtrans,
  nial,
  ocl,
  syzlang,
  syzprog,
  ttcn3,
  tulip,
};
const built = new Map<string, Lexer>();
function small(tag: string): Lexer | undefined {
  const make = SMALL[tag];
  if (!make) return undefined;
  let language = built.get(tag);
  if (!language) built.set(tag, (language = make()));
  return language;
}

/**
 * Languages lexed as Rouge lexes them, in Rouge's markup only (Pygments' markup keeps Prism's,
 * or for Java and Scala kiln's small lexers of languages.ts).
 */
const STATEFUL_ROUGE: Readonly<Record<string, Lexer>> = {
  console: lexConsole,
  erb: erbRouge,
  epp: eppRouge,
  shell,
  sql: sqlRouge,
  diff: diffRouge,
  css: cssRouge,
  docker: dockerRouge,
  nginx: nginxRouge,
  make: makeRouge,
  protobuf: protobufRouge,
  scss: scssRouge,
  java: javaRouge,
  kotlin: kotlinRouge,
  scala: scalaRouge,
  swift: swiftRouge,
  rust: rustRouge,
  graphql: graphqlRouge,
  powershell: powershellRouge,
  tex: texRouge,
  postscript: postscriptRouge,
  python: pythonRouge,
  json: jsonRouge,
  'json-doc': jsonDocRouge,
  toml: tomlRouge,
  yaml: yamlRouge,
  c: cRouge,
  cpp: cppRouge,
  html: htmlRouge,
  javascript: javascriptRouge,
  properties: propertiesRouge,
  ini: iniRouge,
  go: goRouge,
  xml: xmlRouge,
  groovy: groovyRouge,
  gradle: gradleRouge,
  php: phpRouge,
  csharp: csharpRouge,
  typescript: typescriptRouge,
  jsx: jsxRouge,
  tsx: tsxRouge,
  liquid: liquidRouge,
  markdown: markdownRouge({ html: (code, name) => highlight(code, name, 'rouge'), states: rougeStates }),
  r: rRouge,
  lua: luaRouge,
  objective_c: objectiveCRouge,
  objective_cpp: objectiveCppRouge,
  perl: perlRouge,
  hql: hqlRouge,
  clojure: clojureRouge,
  erlang: erlangRouge,
  dart: dartRouge,
  ocaml: ocamlRouge,
  fsharp: fsharpRouge,
  haskell: haskellRouge,
  julia: juliaRouge,
  elixir: elixirRouge,
  matlab: matlabRouge,
  xpath: xpathRouge,
  viml: vimlRouge,
  sed: sedRouge,
  systemd: systemdRouge,
  cmake: cmakeRouge,
  apache: apacheRouge,
  gherkin: gherkinRouge,
  batchfile: batchfileRouge,
  hocon: hoconRouge,
  http: httpRouge((code, tag) => highlight(code, tag, 'rouge')),
  // Rouge's Tcl reads a command with its arguments as one word (spaces are no word ends to it), so
  // it colours little beyond brackets, braces and strings: plain text agrees with it 71.1%, Prism's
  // grammar 24.2% (test/highlight-oracle).
  tcl: escapeCode,
};
/**
 * Lexers that read Rouge's options (a fence's `php?start_inline=1`, `console?lang=ruby`, fancy.ts);
 * any other lexer ignores them, as most of Rouge's do.
 */
const ROUGE_WITH_OPTIONS: Readonly<Record<string, (options: LexerOptions) => Lexer>> = {
  php: phpRougeWith,
  console: (options) => consoleLexer(options, (name, rest) => statesWithOptions(name, rest)),
};

/** The states kiln lexes the language named `name` with, given Rouge's options for it. */
function statesWithOptions(name: string, options: LexerOptions): StatefulLanguage | undefined {
  const known = ROUGE_LANGUAGES.get(name.toLowerCase());
  if (known?.tag === 'php' && Object.keys(options).length) return phpRougeWith(options);
  return rougeStates(name);
}
/**
 * Rouge lexers that extend another's (Digdag is YAML with operator keys, FreeFEM C++ with its own
 * words and C's statements), lexed on their own in Rouge's markup: found by their name, as
 * ROUGE_LANGUAGES gives them the language they extend.
 */
const EXTENDING_ROUGE: Readonly<Record<string, Lexer>> = {
  digdag: digdagRouge,
  freefem: freefemRouge,
  ff: freefemRouge,
  biml: bimlRouge,
};
/**
 * The states of the lexer kiln colours the language named `name` with in Rouge's markup, when it
 * lexes the language on its machine (a lexer that hands it code piece by piece continues from
 * where it stopped, as Rouge's `continue_lex`).
 */
function rougeStates(name: string): StatefulLanguage | undefined {
  const known = ROUGE_LANGUAGES.get(name.toLowerCase());
  if (!known) return undefined;
  const own = EXTENDING_ROUGE[name.toLowerCase()] ?? STATEFUL_ROUGE[known.tag] ?? small(known.tag);
  const lexer = own ?? (GRAMMAR_CLASSES[known.tag]?.rouge ? undefined : STATEFUL[known.tag]);
  return lexer && typeof lexer !== 'function' ? lexer : undefined;
}

/** Languages lexed as Pygments lexes them in Pygments' markup. */
const STATEFUL_PYGMENTS: Readonly<Record<string, Lexer>> = {
  erb: erbPygments,
  make: makePygments,
  sql: sqlPygments,
  diff: diffPygments,
  tex: texPygments,
  css: cssPygments,
  javascript: javascriptPygments,
  postscript: postscriptPygments,
  // Languages whose grammar agrees with Pygments' classes less than plain text does stay plain in
  // Pygments' markup: the e-mail grammar marks quoted lines and calls headers variables
  // (Pygments: tags, quotes text); the Igor Pro grammar scopes comments as keywords and strings
  // as tags, and Pygments leaves its names, operators and punctuation text (test/highlight-oracle:
  // e-mail 24.7% coloured against 43.2% plain, Igor Pro 35.2% against 41.8%).
  email: escapeCode,
  igorpro: escapeCode,
  // So too, on their samples, Nix (21.8% coloured against 26.6% plain), Solidity (23.4% against
  // 29%) and Tcl (18.1% against 28.6%).
  nix: escapeCode,
  solidity: escapeCode,
  tcl: escapeCode,
};

/**
 * Code as HTML with Pygments/Rouge short token classes, for every language Rouge knows by any of
 * its names; an unknown language is escaped text. Pygments drops leading blank lines (its
 * stripnl option) and closes each span at a line's end; Rouge keeps both as they are.
 */
export function highlight(
  code: string,
  lang: string,
  highlighter: 'rouge' | 'pygments' = 'pygments',
  options: LexerOptions = {},
): string {
  // Rouge finds a language by its tag or an alias, in any case (`sh`, `Shell` and `bash` are one).
  const known = ROUGE_LANGUAGES.get(lang.toLowerCase());
  if (!known) return escapeCode(code);
  if (highlighter === 'rouge') {
    const withOptions = Object.keys(options).length ? ROUGE_WITH_OPTIONS[known.tag] : undefined;
    const rouge =
      withOptions?.(options) ?? EXTENDING_ROUGE[lang.toLowerCase()] ?? STATEFUL_ROUGE[known.tag] ?? small(known.tag);
    if (rouge) return run(rouge, code);
    const rename = GRAMMAR_CLASSES[known.tag]?.rouge;
    const html = colour(code, known, 'rouge');
    return rename ? renameSpans(html, rename, false) : html;
  }
  const rename = PYGMENTS_CLASSES[known.tag] ?? SMALL_PYGMENTS[known.tag] ?? GRAMMAR_CLASSES[known.tag]?.pygments;
  const pygments = STATEFUL_PYGMENTS[known.tag];
  const text = code.replace(/^\n+/, '');
  return renameSpans(pygments ? run(pygments, text) : colour(text, known), rename, true);
}

/**
 * Each span of `html` in the pieces and classes `rename` gives it (given the next character of the HTML,
 * the class and text of the span before it if only blanks stand between, and scratch state for
 * one block); `byLine`: each closed at a
 * line's end, as Pygments writes them.
 */
function renameSpans(html: string, rename: Rename | undefined, byLine: boolean): string {
  let previous = { end: -1, cls: '', text: '' };
  const state: Record<string, number> = {};
  const out = html.replace(/<span class="([^"]*)">([^<]*)<\/span>/g, (span, cls: string, text: string, at: number) => {
    if (!rename && !(byLine && text.includes('\n'))) return span;
    const near = previous.end >= 0 && !/\S/.test(html.slice(previous.end, at));
    const [before, beforeText] = near ? [previous.cls, previous.text] : ['', ''];
    previous = { end: at + span.length, cls, text };
    const pieces = rename
      ? rename(cls, text, html[at + span.length] ?? '\n', before, beforeText, state)
      : [[cls, text] as const];
    let out = '';
    for (const [name, piece] of merge(pieces))
      out += !name
        ? piece
        : byLine
          ? piece
              .split('\n')
              .map((line) => (line ? `<span class="${name}">${line}</span>` : ''))
              .join('\n')
          : `<span class="${name}">${piece}</span>`;
    return out;
  });
  // Renamed neighbours of one class are one span (spans hold text only, never spans).
  if (!rename) return out;
  const neighbours = /<span class="([^"]*)">([^<]*)<\/span><span class="\1">/g;
  let merged = out;
  while (neighbours.test(merged)) merged = merged.replace(neighbours, '<span class="$1">$2');
  return merged;
}

/** Adjacent pieces of one class as one. */
function merge(pieces: readonly Piece[]): Piece[] {
  const out: [string, string][] = [];
  for (const [cls, text] of pieces) {
    const last = out.at(-1);
    if (last && last[0] === cls) last[1] += text;
    else out.push([cls, text]);
  }
  return out;
}

/**
 * Where the Pygments of Jekyll 2 and 3 sites (as on a 2018 Jekyll site) classed a token unlike
 * Rouge: a span's (escaped) text in pieces with their classes, by the class kiln gives, the
 * text and the character after it. Its Scala lexer gave a symbol literal (`'name`) the token
 * Text.Symbol, written `-Symbol` (Pygments 2.14: `ss`). Its Bash lexer had no class for an option
 * (`--all` is text), made `[ ] { } ( ) =`, `&&` and `||` operators and `;`, `|`, `&` punctuation,
 * and a number (`m`) only when a blank or the line's end follows (`12/31/2016` is text).
 */
const PYGMENTS_CLASSES: Readonly<Record<string, Rename>> = {
  scala: (cls, text) => [[cls === 'ss' ? '-Symbol' : cls, text]],
  shell: (cls, text, after) => {
    if (cls === 'nt') return [['', text]];
    if (/^m[a-z]?$/.test(cls)) return [[/\s/.test(after) ? 'm' : '', text]];
    if (cls !== 'o' && cls !== 'p') return [[cls, text]];
    return (text.match(/&amp;&amp;|\|\||&\w+;|[\s\S]/g) ?? []).map((t) => [
      /^(?:[[\]{}()=]|&amp;&amp;|\|\|)$/.test(t) ? 'o' : /^(?:[;|]|&amp;)$/.test(t) ? 'p' : cls,
      t,
    ]);
  },
};

function colour(text: string, known: RougeLanguage, markup: 'rouge' | 'pygments' = 'pygments'): string {
  const stateful = STATEFUL[known.tag] ?? small(known.tag);
  if (stateful) return run(stateful, text);
  const own = LANGUAGES[known.tag];
  if (own) return lex(text, own);
  if (known.prism) return prismHtml(text, known.prism, markup);
  return known.textmate ? textmateHtml(text, known.textmate, UNSCOPED[known.tag]?.[markup]) : escapeCode(text);
}
