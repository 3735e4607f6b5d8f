import type { MarkdownIt } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { kilnMarkdownIt, type Stock } from '../../src/render/markdown/create-markdown.js';
import { RUN_STOPS } from '../../src/render/markdown/text-runs.js';
import { random } from '../helpers/random.js';
import { generateDocuments } from '../markdown-oracle/generate.js';
import { generateKramdownDocuments } from '../markdown-oracle/generate-kramdown.js';
import { generateSpanDocuments } from '../markdown-oracle/generate-spans.js';
import { kilnOptions } from '../markdown-oracle/normalize.js';

// kiln's instance takes shortcuts through markdown-it's own parts (src/render/markdown/text-runs.ts);
// each must leave every token as markdown-it's part makes it, for kiln's rules as they are now.

const MODES = [1, 2] as const;
const env = () => ({ headings: [], usedIds: new Map() });
type Rule = (state: unknown, silent: boolean) => boolean;
const inlineRules = (md: MarkdownIt) =>
  (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: Rule; enabled: boolean }> }).__rules__.filter(
    (r) => r.enabled,
  );

/** Every token of a document, as JSON (children, meta, map and all). */
const tokensOf = (md: MarkdownIt, src: string) => JSON.stringify(md.parse(src, env()));

/** Random documents of every generator, and some of random pieces that stress the spans. */
function documents(seed: number): string[] {
  const next = random(seed);
  const pieces = ['*', '_', '"', "'", '`', '[', ']', '(', ')', '{:', '}', '<', '>', '&', '$$', '\\', '~~', '^', '|'];
  const words = ['a', 'word', ' ', '  ', '\n', 'é', '中', '😀', ':', '!', '#', '-', '+', '=', '@', '%', '.', ','];
  const noise = Array.from({ length: 200 }, () => {
    let s = '';
    const n = 1 + Math.floor(next() * 40);
    for (let i = 0; i < n; i++) {
      const set = next() < 0.5 ? pieces : words;
      s += set[Math.floor(next() * set.length)];
    }
    return s;
  });
  return [
    ...generateDocuments(seed, 150),
    ...generateSpanDocuments(seed + 1, 150),
    ...generateKramdownDocuments(seed + 2, 150),
    ...noise,
  ];
}

/** Fewer than `longest` pieces of `alphabet` in a row, drawn with `next`. */
function randomText(next: () => number, alphabet: readonly string[], longest: number): string {
  let s = '';
  const n = Math.floor(next() * longest);
  for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

function sameAsStock(stock: Stock, seed: number) {
  for (const mode of MODES) {
    const options = kilnOptions(mode);
    const fast = kilnMarkdownIt(options);
    const plain = kilnMarkdownIt(options, stock);
    for (const src of documents(seed)) expect(tokensOf(fast, src), src).toBe(tokensOf(plain, src));
  }
}

describe('text runs', () => {
  it('no inline rule but text starts at a character text runs go past', () => {
    // Every character that is no stop, at the start of a few tails: any rule that matches there
    // is one markdown-it's text rule would never let run (and textRuns would run past).
    const chars: string[] = [];
    for (let c = 0; c < 0x80; c++) if (!RUN_STOPS.includes(String.fromCharCode(c))) chars.push(String.fromCharCode(c));
    chars.push('\u00a0', 'é', '中', '😀', '\u2028', '\ufffd');
    const tails = ['', 'x', ' ', '\n', 'a b', '1', '"', "'", '{: .c}', '[^1]', 'x\n\ny'];
    for (const mode of MODES) {
      const md = kilnMarkdownIt(kilnOptions(mode));
      for (const { name, fn } of inlineRules(md)) {
        if (name === 'text') continue;
        for (const c of chars)
          for (const tail of [...tails, c, c + c, `x${c}`, `${c}x${c}${c}`, `x${c}${c}`]) {
            const src = c + tail;
            const state = new md.inline.State(src, md, env(), []);
            expect(fn(state, true), `${name} at ${JSON.stringify(src)}`).toBe(false);
          }
      }
    }
  });

  it('stops at every terminator of markdown-it and nowhere else', () => {
    // markdown-it's text rule, stock, on each character: the stops are exactly where it stops.
    const md = kilnMarkdownIt(kilnOptions(2), { text: true });
    const text = inlineRules(md).find((r) => r.name === 'text')!.fn;
    for (let c = 0; c < 0x3000; c++) {
      const state = new md.inline.State(`${String.fromCharCode(c)}x`, md, env(), []);
      expect(!text(state, true), `U+${c.toString(16)}`).toBe(RUN_STOPS.includes(String.fromCharCode(c)));
    }
  });

  it('makes the tokens markdown-it’s text rule makes, on random documents', () => sameAsStock({ text: true }, 1615));
});

describe('block lines', () => {
  /** Every field of a block state but the parser, env and tokens, as JSON. */
  const fields = (state: object) =>
    JSON.stringify(Object.entries(state).filter(([k]) => k !== 'md' && k !== 'env' && k !== 'tokens'));

  it('measures every line as markdown-it’s block state does, on random sources', () => {
    const md = kilnMarkdownIt(kilnOptions(2));
    const stock = kilnMarkdownIt(kilnOptions(2), { lines: true });
    expect(md.block.State).not.toBe(stock.block.State);
    const next = random(4242);
    const alphabet = [' ', ' ', '\t', '\n', '\n', 'a', 'b c', '>', '-', '\r', '\u00a0', '\u3000', '\f', '\v', '😀'];
    const sources = ['', ' ', '\t', '\n', '\n\n', 'a', ' a', 'a ', 'a\n', ' \n ', '\t \tx', ' \t\n\t '];
    for (let i = 0; i < 5000; i++) sources.push(randomText(next, alphabet, 30));
    sources.push(...documents(77));
    for (const src of sources) {
      const ours = new md.block.State(src, md, env(), []);
      const theirs = new stock.block.State(src, stock, env(), []);
      expect(fields(ours), JSON.stringify(src)).toBe(fields(theirs));
      // (The same methods, as markdown-it's state has them.)
      expect(ours).toBeInstanceOf(stock.block.State.prototype.constructor);
    }
  });

  it('makes the tokens markdown-it’s block state makes, on random documents', () => sameAsStock({ lines: true }, 2717));
});

describe('newlines', () => {
  it('makes the tokens markdown-it’s normalize rule makes, on sources with CR, CRLF and NUL', () => {
    const next = random(5151);
    const alphabet = ['\r', '\r\n', '\n', '\n\n', '\0', 'a', '# h', '* i', '> q', '    c', '`x`', ' ', 'é'];
    const sources = ['', '\r', '\0', '\r\r\n', 'a\r\nb', 'a\rb\0c'];
    for (let i = 0; i < 3000; i++) sources.push(randomText(next, alphabet, 20));
    for (const mode of MODES) {
      const options = kilnOptions(mode);
      const fast = kilnMarkdownIt(options);
      const plain = kilnMarkdownIt(options, { newlines: true });
      for (const src of sources) expect(tokensOf(fast, src), JSON.stringify(src)).toBe(tokensOf(plain, src));
    }
  });

  it('makes the tokens markdown-it’s normalize rule makes, on random documents', () =>
    sameAsStock({ newlines: true }, 3131));
});
