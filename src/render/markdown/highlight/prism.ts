import { createRequire } from 'node:module';
import type Prism from 'prismjs';
import type loadLanguages from 'prismjs/components/index.js';
import { escapeCode, htmlWriter } from './lexer.js';
import { PYGMENTS_REFINE, ROUGE_REFINE } from './refine.js';
import { plainWordClass, tokenClass } from './token-classes.js';

// Prism (CommonJS) loads on the first block it highlights: a build with none never pays for it.
let loaded: { readonly prism: typeof Prism; readonly load: typeof loadLanguages } | undefined;
function prismjs() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const load = require('prismjs/components/index.js') as typeof loadLanguages;
  // Prism reports a language it cannot find on the console; kiln asks only for ones it has.
  load.silent = true;
  loaded = { prism: require('prismjs') as typeof Prism, load };
  return loaded;
}

/** A Prism token stream, as Prism's tokenizer gives it. */
type Stream = string | Prism.Token | ReadonlyArray<string | Prism.Token>;

/**
 * Languages Prism's HTTP grammar colours a body in, by its Content-Type: it takes those loaded when
 * it loads, so they load first, or an HTTP block's colours would depend on the blocks before it
 * (a watch rebuild's differing from a clean build's).
 */
const HTTP_BODIES = ['javascript', 'json', 'markup', 'css'];

/** The grammar of a Prism language, loaded on first use (with the languages it builds on). */
function grammar(id: string): Prism.Grammar | undefined {
  const { prism, load } = prismjs();
  if (!prism.languages[id]) {
    if (id === 'http') load(HTTP_BODIES);
    load([id]);
  }
  return prism.languages[id];
}

/**
 * Prism's tokens for `code`: the hooks that embed one language in another (PHP or ERB in HTML)
 * run around the tokenizer as in `Prism.highlight`.
 */
function tokenize(code: string, id: string, g: Prism.Grammar): Stream {
  const env: Prism.hooks.TokenizeEnvironment = { code, grammar: g, language: id } as Prism.hooks.TokenizeEnvironment;
  const { prism } = prismjs();
  prism.hooks.run('before-tokenize', env);
  env.tokens = prism.tokenize(env.code, env.grammar);
  prism.hooks.run('after-tokenize', env);
  return env.tokens;
}

/** The source text a token stream covers. */
function textOf(stream: Stream): string {
  if (typeof stream === 'string') return stream;
  if (Array.isArray(stream)) return stream.map(textOf).join('');
  return textOf((stream as Prism.Token).content);
}

/**
 * `code` as HTML in Prism language `id`: each run carries the Pygments/Rouge short class of the
 * innermost Prism token that has one; runs of one class share a span, plain text has none. In
 * each markup a language's own refinements (refine.ts) come last.
 */
export function prismHtml(code: string, id: string, markup: 'rouge' | 'pygments' = 'pygments'): string {
  const g = grammar(id);
  if (!g) return escapeCode(code);
  const writer = htmlWriter();
  const refine = (markup === 'rouge' ? ROUGE_REFINE : PYGMENTS_REFINE)[id]?.();
  let pos = 0;
  const add = (text: string, cls: string, type: string) => {
    pos += text.length;
    const refined = refine ? refine(cls, text, type, code[pos] ?? '') : cls;
    if (typeof refined === 'string') writer.emit(refined, text);
    else for (const [c, t] of refined) writer.emit(c, t);
  };
  const wordClass = plainWordClass(id);
  const emit = (text: string, cls: string, type: string) => {
    if (cls || !wordClass) return add(text, cls, type);
    // Words Prism leaves unmarked are names to Rouge.
    let at = 0;
    for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (m.index > at) add(text.slice(at, m.index), '', type);
      add(m[0], wordClass, type);
      at = m.index + m[0].length;
    }
    if (at < text.length) add(text.slice(at), '', type);
  };
  const walk = (stream: Stream, outer: string, type: string) => {
    if (typeof stream === 'string') emit(stream, outer, type);
    else if (Array.isArray(stream)) for (const s of stream) walk(s, outer, type);
    else {
      const token = stream as Prism.Token;
      walk(token.content, tokenClass(token.type, token.alias, textOf(token.content), id) ?? outer, token.type);
    }
  };
  walk(tokenize(code, id, g), '', '');
  return writer.html();
}
