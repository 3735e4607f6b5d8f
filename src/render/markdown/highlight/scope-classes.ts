// A TextMate grammar names each token by scopes (`string.quoted.double.sed`, `keyword.control`,
// …, outermost first); a Jekyll site's syntax.css styles Pygments/Rouge short classes. One table
// maps the first onto the second for every grammar, by the scope's conventional name alone.

import { keywordClass, numberClass } from './token-classes.js';

/** Short class by scope name prefix (the longest prefix wins); `null`: the enclosing scope's class. */
const BY_SCOPE: ReadonlyMap<string, string | null> = new Map([
  ['comment', 'c'],
  ['comment.line', 'c1'],
  ['comment.block', 'cm'],
  ['comment.block.documentation', 'cm'],
  ['string', 's'],
  ['string.quoted.double', 's2'],
  ['string.quoted.single', 's1'],
  ['string.quoted.other', 's'],
  ['string.quoted.triple', 's'],
  ['string.interpolated', 'sb'],
  ['string.quoted.backtick', 'sb'],
  ['string.regexp', 'sr'],
  ['string.other.symbol', 'ss'],
  ['string.unquoted', 's'],
  ['constant', 'no'],
  ['constant.numeric', 'm'],
  ['constant.language', 'kc'],
  ['constant.character', 'sc'],
  ['constant.character.escape', 'se'],
  ['constant.character.entity', 'ni'],
  ['constant.other.symbol', 'ss'],
  ['keyword', 'k'],
  ['keyword.control.import', 'kn'],
  ['keyword.other.import', 'kn'],
  ['keyword.operator', 'o'],
  ['keyword.other.unit', 'm'],
  ['storage', 'k'],
  ['storage.type', 'kt'],
  ['storage.type.class', 'kd'],
  ['storage.type.function', 'kd'],
  ['storage.modifier', 'kd'],
  ['storage.modifier.import', 'kn'],
  ['storage.modifier.package', 'kn'],
  ['entity.name', 'n'],
  ['entity.name.function', 'nf'],
  ['entity.name.type', 'nc'],
  ['entity.name.class', 'nc'],
  ['entity.name.namespace', 'nn'],
  ['entity.name.module', 'nn'],
  ['entity.name.package', 'nn'],
  ['entity.name.tag', 'nt'],
  ['entity.name.label', 'nl'],
  ['entity.name.section', 'gh'],
  ['entity.name.constant', 'no'],
  ['entity.name.variable', 'nv'],
  ['entity.other.inherited-class', 'nc'],
  ['entity.other.attribute-name', 'na'],
  ['variable', 'nv'],
  ['variable.language', 'bp'],
  ['variable.parameter', 'n'],
  ['variable.other', 'n'],
  ['variable.other.constant', 'no'],
  ['support', 'nb'],
  ['support.function', 'nb'],
  ['support.class', 'nb'],
  ['support.type', 'kt'],
  ['support.type.property-name', 'py'],
  ['support.constant', 'no'],
  ['support.variable', 'nb'],
  ['markup.heading', 'gh'],
  ['markup.bold', 'gs'],
  ['markup.italic', 'ge'],
  ['markup.inserted', 'gi'],
  ['markup.deleted', 'gd'],
  ['markup.quote', 'gt'],
  ['markup.raw', 'sb'],
  ['punctuation', 'p'],
  ['punctuation.definition', null],
  ['punctuation.section.embedded', 'si'],
  ['punctuation.section.interpolation', 'si'],
]);

/** Scopes where another language (or an interpolation's code) starts: no outer class applies. */
const EMBEDDED = /^(?:source|meta\.embedded|meta\.interpolation|meta\.template\.expression)(?:\.|$)/;

function scopeClass(scope: string): string | null | undefined {
  for (let end = scope.length; end > 0; end = scope.lastIndexOf('.', end - 1)) {
    const hit = BY_SCOPE.get(scope.slice(0, end));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** A piece of a token: its class and its text. */
export type Piece = readonly [cls: string, text: string];

/**
 * A token with these scopes (outermost first) in pieces with their short classes: the class of
 * the innermost scope that has one; punctuation that delimits a string, comment, tag or variable
 * takes that token's class, as in Pygments and Rouge, where the quotes belong to the string.
 */
export function tokenPieces(scopes: readonly string[], text: string, code: Unscoped = CODE): readonly Piece[] {
  let punctuation = false;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    if (EMBEDDED.test(scope)) return scope.startsWith('source.') ? unscoped(text, code) : [['', text]];
    const cls = scopeClass(scope);
    if (cls === null) punctuation = true;
    if (!cls) continue;
    return [[refine(cls, text), text]];
  }
  return punctuation ? [['p', text]] : code.everywhere ? unscoped(text, code) : [['', text]];
}

/** The classes of a programming language's code its grammar gives no scope. */
export interface Unscoped {
  readonly word: string;
  readonly punctuation: string;
  readonly operator: string;
  /** Digits' class (plain text by default). */
  readonly number?: string;
  /**
   * Also for text no scope of the grammar covers, where its top scope is `text.*` but its
   * language is code (Dafny's, BibTeX's).
   */
  readonly everywhere?: boolean;
  /** A double-quoted run's class, and the class of `#` (BibTeX's `@string` values and concatenation). */
  readonly quoted?: string;
  readonly hash?: string;
}

/**
 * Code a programming language's grammar (`source.*`) gives no scope: Rouge and Pygments call its
 * words names, its brackets and separators punctuation and other signs operators. (Unscoped text
 * in a markup language, `text.*`, is text.)
 */
const CODE: Unscoped = { word: 'n', punctuation: 'p', operator: 'o' };

/**
 * Where a Rouge or Pygments lexer classes such code otherwise, by Rouge's tag and markup: Rouge's
 * Wollok lexer calls a name that is not a class `kv` (Keyword::Variable) and leaves brackets, dots
 * and separators text.
 */
export const UNSCOPED: Readonly<Record<string, Partial<Record<'rouge' | 'pygments', Unscoped>>>> = {
  wollok: { rouge: { word: 'kv', punctuation: '', operator: 'o' } },
  bibtex: {
    rouge: { word: 'nv', punctuation: 'p', operator: 'p', number: 'm', everywhere: true, quoted: 's', hash: 'p' },
    pygments: { word: 'nv', punctuation: 'p', operator: 'p', number: 'm', everywhere: true, quoted: 's', hash: 'p' },
  },
  dafny: { rouge: { word: 'n', punctuation: 'p', operator: 'o', number: 'mi', everywhere: true } },
};

function unscoped(text: string, code: Unscoped): Piece[] {
  if (code.quoted !== undefined || code.hash !== undefined)
    return (text.match(/"[^"]*"|#|[^"#]+|"/g) ?? []).flatMap((t): Piece[] =>
      t === '#' && code.hash !== undefined
        ? [[code.hash, t]]
        : t.length > 1 && t.startsWith('"') && code.quoted !== undefined
          ? [[code.quoted, t]]
          : unscoped(t, { ...code, quoted: undefined, hash: undefined }),
    );
  return (
    text.match(
      /[\p{L}_][\p{L}\p{N}_]*|\d+(?:\.\d+)?|[()[\]{},;.]+|[-+*/%=<>!&|^~?:]+|[^\p{L}_\d()[\]{},;.+*/%=<>!&|^~?:-]+/gu,
    ) ?? []
  ).map((t) => [
    /^[\p{L}_]/u.test(t)
      ? code.word
      : /^\d/.test(t)
        ? (code.number ?? '')
        : /^[()[\]{},;.]/.test(t)
          ? code.punctuation
          : /^[-+*/%=<>!&|^~?:]/.test(t)
            ? code.operator
            : '',
    t,
  ]);
}

function refine(cls: string, text: string): string {
  if (cls === 'm') return numberClass(text);
  if (cls === 'k' || cls === 'kt' || cls === 'kd') return keywordClass(text) ?? cls;
  // A word a grammar calls an operator (`and`, PostScript's `moveto`) is a keyword to Rouge.
  if (cls === 'o' && /^[A-Za-z]\w*$/.test(text)) return 'k';
  return cls;
}
