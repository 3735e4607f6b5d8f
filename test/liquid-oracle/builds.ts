import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageNumber, readPages, writeSite } from './site.js';

/** Each page's output, or the error that made the build leave it out. */
export type PageResult = { output: string } | { error: string };

const ESCAPE = String.fromCharCode(27);
/** Jekyll's log without its colours. */
const strip = (s: string) => s.replaceAll(new RegExp(`${ESCAPE}\\[[0-9;]*m`, 'g'), '');

/**
 * Builds the pages with a builder that fails the whole site on one page's error: the failing page
 * (named in the error) is left out and the rest built again, until the build passes.
 */
function buildDropping(
  templates: readonly string[],
  run: (source: string, dest: string) => { ok: boolean; log: string },
  failing: (log: string) => Array<{ page: number; error: string }>,
): PageResult[] {
  const work = mkdtempSync(join(tmpdir(), 'kiln-fuzz-liquid-'));
  const errors = new Map<number, string>();
  try {
    for (let attempt = 0; ; attempt++) {
      const source = join(work, `src${attempt}`),
        dest = join(work, `out${attempt}`);
      writeSite(source, templates, new Set(errors.keys()));
      const { ok, log } = run(source, dest);
      if (ok) {
        const pages = readPages(dest, templates.length);
        return pages.map((output, i) =>
          errors.has(i) ? { error: errors.get(i)! } : output === undefined ? { error: 'no output' } : { output },
        );
      }
      const failed = failing(log).filter((f) => !errors.has(f.page));
      if (failed.length === 0) throw new Error(`the build failed and names no page it has not left out:\n${log}`);
      for (const f of failed) errors.set(f.page, f.error);
      rmSync(source, { recursive: true, force: true });
      rmSync(dest, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Jekyll 4.3.1's output for each template (`jekyll build`, as scripts/jekyll-oracle.sh runs it). */
export function buildWithJekyll(templates: readonly string[]): PageResult[] {
  return buildDropping(
    templates,
    (source, dest) => {
      const r = spawnSync('jekyll', ['build', '--source', source, '--destination', dest, '--disable-disk-cache'], {
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8', JEKYLL_NO_BUNDLER_REQUIRE: '1' },
      });
      if (r.error) throw r.error;
      return { ok: r.status === 0, log: strip(`${r.stdout}${r.stderr}`) };
    },
    (log) => {
      // "Liquid Exception: … in t/0012.html" or "… Liquid syntax error (line 3): … in t/0012.html"
      // (a "Liquid Warning: …" is not what failed the build).
      const line = log
        .split('\n')
        .map((l) => l.trim())
        .find((l) => !l.includes('Warning') && /(Exception|Error|error)\b.*\bt\/\d{4}\.html/.test(l));
      const page = line === undefined ? undefined : pageNumber(line.replace(/^.*\bin \/?/, ''));
      return page === undefined ? [] : [{ page, error: line!.replace(/\s+/g, ' ') }];
    },
  );
}

/** kiln's output for each template: the compiled command (dist/cli.js), as a user runs it. */
export function buildWithKiln(templates: readonly string[], cli: string): PageResult[] {
  return buildDropping(
    templates,
    (source, dest) => {
      const r = spawnSync(process.execPath, [cli, 'build', '--source', source, '--destination', dest], {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1893456000', TZ: 'UTC' },
      });
      if (r.error) throw r.error;
      return { ok: r.status === 0, log: strip(`${r.stdout}${r.stderr}`) };
    },
    (log) =>
      log
        .split('\n')
        // A page's warning (`…: warning: …`) is no error of it: the page still renders.
        .filter((l) => /^\S*t\/\d{4}\.html:/.test(l) && !/^\S+: warning: /.test(l))
        .map((l) => ({ page: pageNumber(l)!, error: l })),
  );
}
