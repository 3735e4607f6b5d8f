import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileString } from 'sass';
import { readTree } from '../helpers/tree.js';
import type { SiteFiles } from './generate.js';

/** A build's result: every file it wrote (path → text), or the error it stopped with. */
export type TreeResult = { tree: Record<string, string> } | { error: string };

const ESCAPE = String.fromCharCode(27);
const strip = (s: string) => s.replaceAll(new RegExp(`${ESCAPE}\\[[0-9;]*m`, 'g'), '');

export function writeFiles(dir: string, files: SiteFiles): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function built(files: SiteFiles, run: (source: string, dest: string) => string | null): TreeResult {
  const work = mkdtempSync(join(tmpdir(), 'kiln-fuzz-site-'));
  try {
    const source = join(work, 'source');
    const dest = join(work, 'out');
    writeFiles(source, files);
    const error = run(source, dest);
    if (error !== null) return { error };
    return { tree: Object.fromEntries([...readTree(dest)].map(([p, b]) => [p, b.toString('utf8')])) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What Jekyll 4.3.1 writes for the site (`jekyll build`, as scripts/jekyll-oracle.sh runs it);
 * `inSource`: run from the source folder, as a site is built (jekyll-polyglot reads paths from there).
 */
export function buildWithJekyll(files: SiteFiles, inSource = false): TreeResult {
  return built(files, (source, dest) => {
    const r = spawnSync('jekyll', ['build', '--source', source, '--destination', dest, '--disable-disk-cache'], {
      cwd: inSource ? source : undefined,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8', JEKYLL_NO_BUNDLER_REQUIRE: '1' },
    });
    if (r.error) throw r.error;
    const log = strip(`${r.stdout}${r.stderr}`);
    // Jekyll goes on past a file it cannot read ("Error: could not read file …"), building the
    // rest without it: a site it says that of is taken as one it rejects.
    const error = log.split('\n').find((l) => /error|exception/i.test(l));
    return r.status === 0 && error === undefined ? null : (error?.trim() ?? log.trim());
  });
}

/** What kiln's compiled command (dist/cli.js) writes for the site, at the tests' fixed build time. */
export function buildWithKiln(files: SiteFiles, cli: string): TreeResult {
  return built(files, (source, dest) => {
    const r = spawnSync(process.execPath, [cli, 'build', '--source', source, '--destination', dest, '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1893456000', TZ: 'UTC' },
    });
    if (r.error) throw r.error;
    return r.status === 0 ? null : r.stderr.trim();
  });
}

/**
 * A file as the comparison sees it: a stylesheet by what it says (both compressed: Jekyll's
 * libsass and kiln's Dart Sass lay CSS out differently, as test/e2e/plugins.test.ts allows too),
 * a source map by its version and file; anything else as it is.
 */
function comparable(path: string, text: string): string {
  if (path.endsWith('.css')) return compileString(text, { syntax: 'css', style: 'compressed' }).css;
  if (path.endsWith('.css.map')) {
    const { version, file } = JSON.parse(text) as { version: unknown; file: unknown };
    return JSON.stringify({ version, file });
  }
  return text;
}

/** The files that differ between two trees: each with its first differing line. */
export function treeDifferences(jekyll: Record<string, string>, kiln: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [path, written] of Object.entries(jekyll)) {
    const text = comparable(path, written);
    const found = kiln[path];
    const got = found === undefined ? undefined : comparable(path, found);
    if (got === undefined) out.push(`missing in kiln: ${path}`);
    else if (got !== text) {
      const a = text.split('\n');
      const b = got.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      const at = i < 0 ? a.length : i;
      out.push(`differs: ${path} line ${at + 1}\n    jekyll: ${a[at] ?? '(end)'}\n    kiln:   ${b[at] ?? '(end)'}`);
    }
  }
  for (const path of Object.keys(kiln)) if (!(path in jekyll)) out.push(`only in kiln: ${path}`);
  return out;
}
