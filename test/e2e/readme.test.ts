import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)];
// Folders the repository ignores hold what commands make (bench/work/results.json): named, not kept.
const MADE = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .filter((l) => l.endsWith('/'));

describe('the README and docs/', () => {
  it('every file of the repository they link or name is in the repository', () => {
    const missing: string[] = [];
    for (const doc of DOCS) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      const dir = doc.includes('/') ? doc.slice(0, doc.lastIndexOf('/')) : '';
      // Links to files, relative to the document: [text](path), without a scheme or an anchor alone.
      for (const [, target] of text.matchAll(/\]\(([^)\s#:]+)(?:#[^)]*)?\)/g))
        if (!existsSync(join(ROOT, dir, target!))) missing.push(`${doc}: link ${target}`);
      // Paths of the project's own folders in code spans, relative to the repository.
      for (const [, path] of text.matchAll(/`((?:src|test|scripts|docs|bench|starter|\.github|\.ci)\/[\w./-]+)`/g))
        if (!MADE.some((m) => path!.startsWith(m)) && !existsSync(join(ROOT, path!))) missing.push(`${doc}: ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('npm publish never publishes the site: no npm lifecycle script runs the site publisher', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    // The scripts `npm publish` and `npm pack` run of their own accord (npm help scripts).
    const lifecycle = ['prepublish', 'prepare', 'prepublishOnly', 'prepack', 'postpack', 'publish', 'postpublish'];
    for (const name of lifecycle) expect(scripts[name] ?? '', name).not.toMatch(/publish-site|git push/);
    expect(scripts['publish-site']).toBe('node scripts/publish-site.mjs');
  });
});
