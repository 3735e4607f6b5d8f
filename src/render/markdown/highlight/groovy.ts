import { type Machine, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BLANK, BOL, SPACE, u, WORD_END } from './ruby-regex.js';

// Groovy, and Gradle's build scripts (Groovy with more keywords and types), as Rouge 3.30 lexes
// them (checked on test/highlight-oracle/exact/groovy/ and exact/gradle/, the Groovy sample and
// random code, test/highlight-oracle/random/groovy.gen.ts and gradle.gen.ts). Names are ASCII
// (any other letter is an error `err`, as in Rouge); a name is looked up whole: a keyword `k`,
// a declaration word `kd`, a type `kt` (`def` too), `true` `false` `null` `kc`, else `n`; `name:`
// a label `nl`, `.name` an attribute `na`; every sign an operator `o`, one at a time. A line that
// starts with words then a name and `(` is a method signature: the name `nf`, the words before it
// lexed on their own but with the lexer's stack (Rouge hands them to a clone of the lexer, which
// shares it), so `class Foo(` leaves the lexer after `(` waiting for a class name. The name
// after `class`, `interface` or `trait` is `nc` (past blanks and lines), a dotted name after
// `package` or `import` `nn`. Strings `"…"`, `'…'` and `/…/` (so `a / b / c` holds one) stay on
// their line unless a `\` carries them over, `$/…/$` and the triple-quoted run over lines.

const KEYWORDS = `assert break case catch continue default do else finally for if goto instanceof new return
  switch this throw try while in as`;
const DECLARATIONS = `abstract const enum extends final implements native private protected public static strictfp
  super synchronized throws transient volatile`;
const TYPES = 'def boolean byte char double float int long short void';
const GRADLE_KEYWORDS =
  'allprojects artifacts buildscript configuration dependencies repositories sourceSets subprojects publishing';
const GRADLE_TYPES = `Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput IncrementalTaskInputs
  Configuration ResolutionStrategy ArtifactResolutionQuery ComponentSelection ComponentSelectionRules
  ConventionProperty ExtensionAware ExtraPropertiesExtension PublishingExtension IvyPublication IvyArtifact
  IvyArtifactSet IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom
  PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory`;
const set = (...lists: string[]) => new Set(lists.join(' ').trim().split(/\s+/));

/**
 * A string from `d` to `d` on one line, as Rouge's `d(\\.|\\\n|.)*?d` finds it (a `\` before a
 * line's end goes on to the next): the first `d` after an even run of backslashes (none
 * included), else, where there is none before the line's end, the last `d` after an odd run.
 * Written so that the text is read one way only: an unclosed string costs linear time, where
 * Rouge's pattern can take exponential.
 */
function lineString(d: string): string {
  const piece = `[^${d}\\\\\\n]|\\\\+\\n|\\\\(?:\\\\\\\\)*${d}|\\\\+(?=[^\\\\\\n${d}])`;
  return `${d}(?:${piece})*(?:\\\\\\\\)*${d}|${d}(?:${piece})*\\\\(?:\\\\\\\\)*${d}`;
}

/**
 * A dollar-slashy string, as Rouge's `\$/(\$.|.)*?/\$` finds it over lines: the first `/$` whose
 * `/` follows an even run of `$` (none included), else the last one; linear as `lineString`.
 */
const DOLLAR_SLASHY = (() => {
  const piece = '[^$/]|\\/(?!\\$)|\\$+(?=[^$/])|\\$+\\/(?!\\$)|\\$(?:\\$\\$)*\\/(?=\\$)';
  return `\\$\\/(?:${piece})*(?:\\$\\$)*\\/\\$|\\$\\/(?:${piece})*\\$(?:\\$\\$)*\\/\\$`;
})();

function groovyLike(keywords: Set<string>, declarations: Set<string>, types: Set<string>): StatefulLanguage {
  const constants = set('true false null');
  const language: StatefulLanguage = {
    start: ['root'],
    states: {
      root: [
        r({ source: `${BOL}(${SPACE}*(?:\\w[\\w.[\\]]*${SPACE}+)+?)(\\w+)(${SPACE}*)(\\()`, flags: '' }, (m) =>
          signature(m),
        ),
        r({ source: `${BLANK}+`, flags: '' }, ''),
        r(/\/\/[^\n]*/, 'c1'),
        r(/\/\*[\s\S]*?\*\//, 'cm'),
        r(/@\w[\w.]*/, 'nd'),
        r(u(`(?:class|interface|trait)${WORD_END}`), 'kd', 'class'),
        r(u(`(?:package|import)${WORD_END}`), 'kn', 'import'),
        r(/"""[\s\S]*?"""/, 's2'),
        r(/'''[\s\S]*?'''/, 's1'),
        r({ source: lineString('"'), flags: '' }, 's2'),
        r({ source: lineString("'"), flags: '' }, 's1'),
        r({ source: DOLLAR_SLASHY, flags: '' }, 's'),
        r({ source: lineString('\\/'), flags: '' }, 's'),
        // Only a line feed between quotes gets here: the string rule takes every other.
        r(/'\\[^\n]'|'[^\\]'|'\\u[0-9a-f]{4}'/u, 'sc'),
        r(/(\.)([a-zA-Z_][a-zA-Z0-9_]*)/, (m) => m.groups('o', 'na')),
        r(/[a-zA-Z_][a-zA-Z0-9_]*:/, 'nl'),
        r(/[a-zA-Z_$][a-zA-Z0-9_]*/, (m) => {
          const word = m.match[0];
          m.token(
            keywords.has(word)
              ? 'k'
              : declarations.has(word)
                ? 'kd'
                : types.has(word)
                  ? 'kt'
                  : constants.has(word)
                    ? 'kc'
                    : 'n',
          );
        }),
        r(/[~^*!%&[\](){}<>|+=:;,./?-]/, 'o'),
        r(/[0-9]+\.[0-9]+(?:[eE][0-9]+)?[fd]?/, 'mf'),
        r(/0x[0-9a-f]+/, 'mh'),
        r(/[0-9]+L?/, 'mi'),
        r(/\n/, ''),
      ],
      // The name after `class`, `interface` or `trait`, past blanks and lines.
      class: [r(new RegExp(`${SPACE}+`), ''), r(/\w+/, 'nc', '#pop')],
      // A dotted name after `package` or `import`, a `*` at its end.
      import: [r(new RegExp(`${SPACE}+`), ''), r(/[\w.]+\*?/, 'nn', '#pop')],
    },
  };
  /**
   * A method signature: the words before the name lexed on their own, on the stack they leave
   * (a `class` or `import` among them that waits for its name still waits after the `(`).
   */
  const signature = (m: Machine) => {
    let waiting = '';
    statefulLexer(language).lex(m.match[1]!, (cls, text) => {
      if (cls === 'kd' && /^(?:class|interface|trait)$/.test(text)) waiting = 'class';
      else if (cls === 'kn') waiting = 'import';
      else if (cls === 'nc' || cls === 'nn') waiting = '';
      m.token(cls, text);
    });
    m.token('nf', m.match[2]);
    m.token('', m.match[3]);
    m.token('o', m.match[4]);
    if (waiting) m.push(waiting);
  };
  return language;
}

export const groovyRouge = groovyLike(set(KEYWORDS), set(DECLARATIONS), set(TYPES));
export const gradleRouge = groovyLike(set(KEYWORDS, GRADLE_KEYWORDS), set(DECLARATIONS), set(TYPES, GRADLE_TYPES));
