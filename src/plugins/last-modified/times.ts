import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * jekyll-last-modified-at's times, in seconds, of the files of one build: a file's last commit
 * (`%ct`) when the source is in a git work tree and the file was ever committed on HEAD, else its
 * modification time. The plugin asks git once per file; kiln asks once per build, for the
 * history of the site's folder, and takes each path's newest commit.
 */
export interface LastModifiedTimes {
  /** Seconds for a path relative to the source, null when there is no such file (as the plugin fails then). */
  secondsOf(path: string): number | null;
}

/**
 * A watch's last reading of the history: a rebuild reads it again only when HEAD moved (a commit,
 * a checkout), as nothing else changes what `git log` says.
 */
export interface HistoryMemory {
  head?: string;
  committed?: ReadonlyMap<string, number>;
}

/** Reads the history of `source` (none when it is no git work tree or git is missing). */
export async function readLastModified(source: string, memory?: HistoryMemory): Promise<LastModifiedTimes> {
  const committed = await commitTimes(source, memory);
  const mtimes = new Map<string, number | null>();
  return {
    secondsOf(path) {
      const clean = path.replace(/^\/+/, '');
      const known = committed.get(clean);
      if (known !== undefined) return known;
      let seconds = mtimes.get(clean);
      if (seconds === undefined) {
        try {
          const stat = statSync(join(source, clean));
          seconds = stat.isFile() ? Math.floor(stat.mtimeMs / 1000) : null;
        } catch {
          seconds = null;
        }
        mtimes.set(clean, seconds);
      }
      return seconds;
    },
  };
}

/** Each committed path under `source` (relative to it) with its newest commit's time. */
async function commitTimes(source: string, memory?: HistoryMemory): Promise<ReadonlyMap<string, number>> {
  const times = new Map<string, number>();
  // Where the source is in its repository: the plugin's test (`--is-inside-work-tree` is `true`).
  // A repository without a commit fails (no HEAD), as the plugin's `git log` finds nothing there.
  const where = await git(source, ['rev-parse', '--is-inside-work-tree', '--show-prefix', 'HEAD']);
  const [inside, prefix = '', head = ''] = where?.split('\n') ?? [];
  if (inside !== 'true') return times;
  const key = `${prefix}\0${head}`;
  if (memory?.head === key && memory.committed) return memory.committed;
  // Deletions and renames count as the path's commits, as `git log -- PATH` counts them.
  const args = ['-c', 'core.quotepath=off', 'log', '--no-renames', '--format=%x00%ct', '--name-only', '-z'];
  if (prefix) args.push('--', '.');
  const log = await git(source, args);
  if (log === null) return times;
  // Fields: '', time, paths… for each commit (the first path after a newline).
  const fields = log.split('\0');
  let seconds = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field === '') {
      seconds = Number(fields[++i]);
      continue;
    }
    const path = field.replace(/^\n/, '');
    if (!path.startsWith(prefix)) continue;
    const inSource = path.slice(prefix.length);
    if (!times.has(inSource)) times.set(inSource, seconds);
  }
  if (memory) Object.assign(memory, { head: key, committed: times });
  return times;
}

/** git's output, null when it fails or is not installed. */
function git(cwd: string, args: string[]): Promise<string | null> {
  // Loaded here, by the sites that use the plugin: Node's child_process module costs every start 2-4 ms.
  const { execFile } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? null : stdout.replace(/\n$/, '')),
    );
  });
}
