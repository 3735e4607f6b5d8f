import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../../helpers/random.js';

/**
 * Random code for the highlighters: one generator per language, in `LANG.gen.ts` beside this
 * file (LANG as Rouge names the language), whose default export makes one piece of code from a
 * seeded source of randomness. `npm run fuzz:highlight` compares kiln with Rouge on fresh seeds;
 * `npm run oracle:highlight` commits Rouge's HTML for a fixed seed as `LANG.expected.json`, which
 * `npm test` checks without Ruby.
 */
export type CodeGenerator = (pick: Picker) => string;

export const RANDOM_DIR = import.meta.dirname;

/** The seed of the committed cases, and how many there are per language. */
export const FIXED_SEED = 20261205;
export const FIXED_CASES = 150;

/** Choices made from one seeded source. */
export class Picker {
  constructor(readonly next: () => number) {}

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `n` items made by `make`, joined by `sep`. */
  many(n: number, make: () => string, sep = ''): string {
    return Array.from({ length: n }, make).join(sep);
  }
}

/** The languages that have a generator, sorted. */
export function generatorLanguages(): string[] {
  return readdirSync(RANDOM_DIR)
    .filter((f) => f.endsWith('.gen.ts'))
    .map((f) => f.slice(0, -'.gen.ts'.length))
    .sort();
}

export async function loadGenerator(lang: string): Promise<CodeGenerator> {
  const module = (await import(join(RANDOM_DIR, `${lang}.gen.ts`))) as { default: CodeGenerator };
  return module.default;
}

/** `count` pieces of code of one language from `seed` (each from a seed of its own, so a case can be remade alone). */
export function generateCodes(generate: CodeGenerator, seed: number, count: number): string[] {
  const seeds = random(seed);
  return Array.from({ length: count }, () => generate(new Picker(random(Math.floor(seeds() * 2 ** 31)))));
}

/** Rouge's HTML for each [lang, code] (needs ruby and Rouge: Debian's jekyll brings both). */
export function rougeHtml(cases: ReadonlyArray<readonly [string, string]>): string[] {
  const out = execFileSync('ruby', [join(RANDOM_DIR, 'rouge-batch.rb')], {
    input: JSON.stringify(cases),
    maxBuffer: 1 << 30,
  });
  return JSON.parse(out.toString('utf8')) as string[];
}
