import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, CLI, FIXED_EPOCH } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

/** The fixture sites: NAME/source/, and what `jekyll build` made of it (scripts/jekyll-oracle.sh). */
export const SITES = join(import.meta.dirname, 'sites');
const KNOWN = join(import.meta.dirname, 'known-differences.txt');

export interface SiteResult {
  readonly name: string;
  /** kiln's output equals Jekyll's (or both reject the site, kiln at Jekyll's file and line). */
  readonly equal: boolean;
  /** What differs, in words a reader can act on. */
  readonly problems: string[];
}

export function siteNames(): string[] {
  return readdirSync(SITES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** known-differences.txt: `NAME: reason` per line; `#` starts a comment. */
export function knownDifferences(): Map<string, string> {
  const known = new Map<string, string>();
  for (const raw of readFileSync(KNOWN, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const at = line.indexOf(':');
    known.set(at < 0 ? line : line.slice(0, at).trim(), at < 0 ? '' : line.slice(at + 1).trim());
  }
  return known;
}

/** Builds a fixture site with kiln and compares it with Jekyll's result. */
export async function compareSite(name: string): Promise<SiteResult> {
  const dir = join(SITES, name);
  const dest = tempDir(`oracle-${name}`);
  const errorFile = join(dir, 'expected-error.txt');
  if (existsSync(errorFile)) {
    // As a user runs it, so that the exit code and what is printed are checked too.
    const run = await runCliAsync(['build', '--source', join(dir, 'source'), '--destination', dest]);
    const jekyll = readFileSync(errorFile, 'utf8').split('\n')[1] ?? '';
    const prefix = expectedErrorPrefix(dir, jekyll);
    if (run.code === 0) return { name, equal: false, problems: [`kiln built the site; Jekyll rejects it (${jekyll})`] };
    const errors = run.stderr.split('\n').filter((l) => l && !/^kiln: building |^build failed/.test(l));
    const first = errors[0] ?? '';
    if (run.code !== 1) return { name, equal: false, problems: [`kiln exited with ${run.code}`, ...errors] };
    // Without a line from Jekyll, kiln still names one.
    const equal = prefix.endsWith(':')
      ? /^[^:]+:\d+: /.test(first) && first.startsWith(prefix)
      : first.startsWith(`${prefix}: `);
    const problems = equal ? [] : [`expected an error at ${prefix} (Jekyll: ${jekyll})`, ...errors];
    return { name, equal, problems };
  }
  const flags = siteFlags(dir);
  let warnings: string[];
  if (flags.length) {
    // Flags are the command line's: built as a user runs it.
    const run = await runCliAsync(['build', '--source', join(dir, 'source'), '--destination', dest, ...flags]);
    if (run.code !== 0)
      return { name, equal: false, problems: ['kiln rejected the site; Jekyll builds it', run.stderr.trim()] };
    warnings = run.stderr.split('\n');
  } else {
    const result = await buildSite(join(dir, 'source'), dest);
    if (!result.ok)
      return { name, equal: false, problems: ['kiln rejected the site; Jekyll builds it', ...result.errors] };
    warnings = result.warnings;
  }
  const problems = diffTrees(readTree(join(dir, 'expected')), readTree(dest));
  const said = liquidWarnings(warnings);
  const jekyllSaid = jekyllLiquidWarnings(dir);
  if (said.join('\n') !== jekyllSaid.join('\n'))
    problems.push(
      `Liquid warnings differ:\n  Jekyll: ${jekyllSaid.join('\n          ')}\n  kiln:   ${said.join('\n          ')}`,
    );
  return { name, equal: problems.length === 0, problems };
}

/**
 * The Liquid syntax warnings kiln printed, each once, as `FILE: message` (kiln names the file's
 * line, Jekyll the line after the front matter: lines are left out).
 */
function liquidWarnings(lines: string[]): string[] {
  const said = lines.flatMap((l) => {
    const m = /^(.+?):\d+: warning: (Liquid syntax error: .*): read leniently, as Jekyll reads it$/.exec(l);
    return m ? [`${m[1]}: ${m[2]}`] : [];
  });
  return [...new Set(said)].sort();
}

/** The Liquid syntax warnings in NAME/jekyll.log (Jekyll says a layout's on every page it renders), in liquidWarnings' form. */
function jekyllLiquidWarnings(dir: string): string[] {
  const log = join(dir, 'jekyll.log');
  if (!existsSync(log)) return [];
  const said = readFileSync(log, 'utf8')
    .split('\n')
    .flatMap((l) => {
      const m = /Liquid Warning: Liquid syntax error \(line \d+\): (.*) in \/?(\S+)$/.exec(l);
      return m ? [`${m[2]}: Liquid syntax error: ${m[1]}`] : [];
    });
  return [...new Set(said)].sort();
}

/** NAME/args: the site's command-line flags for both builds, `{source}` standing for its source folder. */
function siteFlags(dir: string): string[] {
  const file = join(dir, 'args');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().replaceAll('{source}', join(dir, 'source')).split(/\s+/).filter(Boolean);
}

/**
 * `FILE:LINE` where kiln must report the error (`FILE:` when Jekyll names no line). Jekyll numbers
 * the lines of a template's text after its front matter (`Liquid syntax error (line 2): … in
 * index.html`); kiln numbers the file's lines, so the front matter's lines are added. A site's
 * kiln-error.txt overrides this where kiln points at a better line than Jekyll (its first line
 * not starting with `#`).
 */
export function expectedErrorPrefix(dir: string, jekyll: string): string {
  const override = join(dir, 'kiln-error.txt');
  if (existsSync(override)) {
    const line = readFileSync(override, 'utf8')
      .split('\n')
      .find((l) => l.trim() && !l.startsWith('#'));
    if (line) return line.trim();
  }
  // `(line 3) … in index.html`, or for an include `(_includes/nav.html line 3) … included in index.html`
  const m = /\((?:(\S+) )?line (\d+)\)/.exec(jekyll);
  const file = m?.[1] ?? (/ in \/?(\S+)$/.exec(jekyll)?.[1] ?? '').replace(/^\//, '');
  if (m?.[2] === undefined) return `${file}:`;
  const source = join(dir, 'source', file);
  const offset = existsSync(source) ? frontMatterLines(readFileSync(source, 'utf8')) : 0;
  return `${file}:${Number(m[2]) + offset}`;
}

function frontMatterLines(text: string): number {
  const lines = text.split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return end < 0 ? 0 : end + 1;
}

/** Runs the compiled CLI without blocking, so that error sites can be checked side by side. */
function runCliAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH } },
      (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

/** Sites that Jekyll rejects (they hold expected-error.txt instead of expected/). */
export function isErrorSite(name: string): boolean {
  return existsSync(join(SITES, name, 'expected-error.txt'));
}
