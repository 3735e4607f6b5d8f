import { createRequire } from 'node:module';
import type { IGrammar, IOnigLib, IRawGrammar, StateStack } from '@shikijs/vscode-textmate';
import { escapeCode, htmlWriter } from './lexer.js';
import { tokenPieces, type Unscoped } from './scope-classes.js';

// Languages Prism has no grammar for are coloured by the TextMate grammars GitHub uses (the
// starry-night package, one module per grammar), tokenised by Shiki's TextMate engine with its
// JavaScript regex engine (no WebAssembly). All of it loads on the first block in such a
// language, so a build without one never pays for it.

type TextMate = typeof import('@shikijs/vscode-textmate');
type Engine = typeof import('@shikijs/engine-javascript');

const require = createRequire(import.meta.url);
let engine: { readonly textmate: TextMate; readonly onigLib: IOnigLib } | null | undefined;
const grammars = new Map<string, IGrammar | null>();

/** The TextMate engine, or null where Node cannot load it. */
function load() {
  if (engine !== undefined) return engine;
  try {
    // ES modules, which `require` loads from Node 20.19 on; on an older Node the code stays plain.
    const textmate = require('@shikijs/vscode-textmate') as TextMate;
    const { createJavaScriptRegexEngine } = require('@shikijs/engine-javascript') as Engine;
    // A pattern JavaScript cannot run is skipped rather than failing the whole grammar.
    const regex = createJavaScriptRegexEngine({ forgiving: true });
    engine = {
      textmate,
      onigLib: { createOnigScanner: (p) => regex.createScanner(p), createOnigString: (s) => regex.createString(s) },
    };
  } catch {
    engine = null;
  }
  return engine;
}

/** starry-night's grammar for a scope, or null when it has none. */
function rawGrammar(scope: string): IRawGrammar | null {
  try {
    const g = (require(`@wooorm/starry-night/${scope}`) as { default: IRawGrammar }).default;
    // A module is named by its scope; one grammar (Slice: `source.ice`) names itself otherwise.
    return { ...g, scopeName: scope };
  } catch {
    return null;
  }
}

/** The scopes a grammar includes by name. */
function includes(g: IRawGrammar): Set<string> {
  return new Set([...JSON.stringify(g).matchAll(/"include":"([^#$"][^#"]*)/g)].map((m) => m[1]!));
}

/**
 * The grammar of top scope `scope` with the grammars it embeds by name (Slim's Ruby lines, API
 * Blueprint's Markdown), but not theirs in turn: each embedded grammar names others (Markdown's
 * fences name some twenty languages), and loading them all would take seconds for one block.
 * What is left out stays plain. One registry per language, so that no language is cut short
 * because another one's load left it out.
 */
function grammarFor(scope: string): IGrammar | null {
  let g = grammars.get(scope);
  if (g !== undefined) return g;
  const tm = load();
  const top = tm && rawGrammar(scope);
  g = null;
  if (tm && top) {
    const named = new Set([scope, ...includes(top)]);
    const registry = new tm.textmate.Registry({
      onigLib: tm.onigLib,
      loadGrammar: (s) => (s === scope ? top : named.has(s) ? rawGrammar(s) : null),
    });
    try {
      g = registry.loadGrammar(scope);
    } catch {
      // A grammar that cannot be compiled leaves its language plain, as before it was known.
    }
  }
  grammars.set(scope, g);
  return g;
}

/** `code` as HTML with short token classes, by the TextMate grammar of top scope `scope`. */
export function textmateHtml(code: string, scope: string, unscoped?: Unscoped): string {
  const g = grammarFor(scope);
  if (!g) return escapeCode(code);
  const writer = htmlWriter();
  let stack: StateStack | null = null;
  const lines = code.split('\n');
  for (const [n, line] of lines.entries()) {
    const { tokens, ruleStack } = g.tokenizeLine(line, stack);
    stack = ruleStack;
    for (const t of tokens) {
      const text = line.slice(t.startIndex, Math.min(t.endIndex, line.length));
      // Blanks carry no colour, but inside a string or comment they stay in its span.
      for (const [cls, piece] of tokenPieces(t.scopes, text, unscoped))
        writer.emit(/\S/.test(piece) || /^[cs]/.test(cls) ? cls : '', piece);
    }
    if (n < lines.length - 1) writer.emit('', '\n');
  }
  return writer.html();
}
