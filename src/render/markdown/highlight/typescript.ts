import { JAVASCRIPT_WORDS, type JavascriptWords, javascriptFamily, ROUGE_ID, rougeWords } from './javascript.js';
import { JSX_BEFORE, JSX_START, JSX_STATES } from './jsx.js';
import { lazyLanguage, r, type StatefulLanguage, type StateRule } from './machine.js';
import { SPACE, u } from './ruby-regex.js';

// TypeScript and TSX as Rouge 3.30 lexes them: Rouge's JavaScript (javascript.ts) and JSX
// (jsx.ts) with TypeScript's words (`static`, `private`, `readonly`… keywords `k`; `type` and
// `abstract` declarations `kd`; `string`, `any`, `declare`, `interface`… reserved `kr`; `Pick`,
// `Partial`, `Readonly`, `Record` builtins `nb`), `?.` punctuation and `??` an operator after
// which no expression starts, and at a statement's start `name:` or `name?:` a label (`nl`),
// after which one does. In TSX a `<` where an expression starts, then a name and `,`, is a
// generic's (`<T,>`), not an element's.

const union = (words: ReadonlySet<string>, more: string) => new Set([...words, ...rougeWords(more)]);

const TYPESCRIPT_WORDS: JavascriptWords = {
  keywords: union(JAVASCRIPT_WORDS.keywords, 'is namespace static private protected public implements readonly'),
  declarations: union(JAVASCRIPT_WORDS.declarations, 'type abstract'),
  reserved: union(JAVASCRIPT_WORDS.reserved, 'string any void number namespace module declare default interface keyof'),
  builtins: union(JAVASCRIPT_WORDS.builtins, 'Pick Partial Readonly Record'),
};

const TYPESCRIPT_BEFORE: Readonly<Record<string, readonly StateRule[]>> = {
  root: [r(/[?][.]/, 'p'), r(/[?]{2}/, 'o')],
  statement: [
    r(u(`(${ROUGE_ID})(\\??)(${SPACE}*)(:)`), (m) => {
      m.groups('nl', 'p', '', 'p');
      m.push('expr_start');
    }),
  ],
};

export const typescriptRouge: StatefulLanguage = lazyLanguage(() =>
  javascriptFamily({ words: TYPESCRIPT_WORDS, before: TYPESCRIPT_BEFORE }),
);

export const tsxRouge: StatefulLanguage = lazyLanguage(() =>
  javascriptFamily({
    words: TYPESCRIPT_WORDS,
    before: {
      ...JSX_BEFORE,
      ...TYPESCRIPT_BEFORE,
      element_name: [
        r(/(\w+)(,)/, (m) => {
          m.groups('nx', 'p');
          m.pop();
          m.pop();
          m.pop();
        }),
      ],
    },
    states: JSX_STATES,
    ...JSX_START,
  }),
);
