import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the samples and the oracles' HTML for them are. */
export const ORACLE_DIR = import.meta.dirname;

/** A sample: `samples/LANG.EXT`, LANG being the name Rouge knows the language by. */
export interface Sample {
  readonly lang: string;
  readonly code: string;
  /** Rouge 3.30's HTML for it. */
  readonly rouge: string;
  /** Pygments 2.14's, when Pygments knows the language. */
  readonly pygments: string | null;
}

export function readSamples(): Sample[] {
  return readdirSync(join(ORACLE_DIR, 'samples'))
    .sort()
    .map((file) => {
      const lang = file.split('.')[0]!;
      const expected = (oracle: string) => join(ORACLE_DIR, 'expected', `${lang}.${oracle}.html`);
      return {
        lang,
        code: readFileSync(join(ORACLE_DIR, 'samples', file), 'utf8'),
        rouge: readFileSync(expected('rouge'), 'utf8'),
        pygments: existsSync(expected('pygments')) ? readFileSync(expected('pygments'), 'utf8') : null,
      };
    });
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" };

/** Highlighted HTML as its text and, per character, the class of the span around it ('' for none). */
export function charClasses(html: string): { text: string; classes: string[] } {
  let text = '';
  const classes: string[] = [];
  const open: string[] = [];
  for (const m of html.matchAll(/<span class="([^"]*)">|<\/span>|&(#?\w+);|([^<&]+)/g)) {
    if (m[1] !== undefined) open.push(m[1]);
    else if (m[0] === '</span>') open.pop();
    else {
      const chunk = m[3] ?? ENTITIES[m[2]!];
      if (chunk === undefined) throw new Error(`unknown entity ${m[0]}`);
      text += chunk;
      // Pygments marks whitespace `w`; unstyled either way.
      const cls = open.at(-1) ?? '';
      for (let i = 0; i < chunk.length; i++) classes.push(cls === 'w' ? '' : cls);
    }
  }
  return { text, classes };
}

/**
 * Character-level agreement of two highlightings of the same text: the share of its non-blank
 * characters given the same class (blanks carry no colour, so they are not counted).
 */
export function agreement(ours: string, theirs: string): { equal: number; total: number } {
  const a = charClasses(ours);
  const b = charClasses(theirs);
  if (a.text !== b.text) throw new Error('the two highlightings are of different text');
  let equal = 0;
  let total = 0;
  for (let i = 0; i < a.text.length; i++) {
    if (/\s/.test(a.text[i]!)) continue;
    total++;
    if (a.classes[i] === b.classes[i]) equal++;
  }
  return { equal, total };
}

/** A share as a percentage with one decimal, rounded down (floors never round up). */
export const percent = ({ equal, total }: { equal: number; total: number }) => Math.floor((1000 * equal) / total) / 10;
