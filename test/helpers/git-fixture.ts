// Makes a git repository from a fixture whose history is written down, so that a test and the
// regeneration of its expected tree (scripts/git-fixtures-expected.ts) build the same repository:
// a checkout's own modification times and history say nothing about the fixture.
//
// FIXTURE/repo/ is the work tree as it ends; FIXTURE/history.json says how it got there:
//   { "site": "folder of the site in the repository",
//     "commits": [{ "date": ISO, "write": { path: earlier text }, "add": [paths as in repo/],
//                   "rename": [[from, to]] }],
//     "mtime": ISO (every file's), "mtimes": { path: ISO } }
// Each commit renames, writes and adds what it names, with that date as author and committer date.
// Then repo/ is copied over the whole (what differs from the last commit is left uncommitted) and
// the modification times are set.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Builds the repository of `fixture` in `out` (an empty or missing folder); returns the site's folder. */
export function makeGitFixture(fixture: string, out: string): string {
  const history = JSON.parse(readFileSync(join(fixture, 'history.json'), 'utf8')) as History;
  const tree = join(fixture, 'repo');
  mkdirSync(out, { recursive: true });
  // No user or system config: the same commits on any machine.
  const env: Record<string, string | undefined> = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Fixture',
    GIT_AUTHOR_EMAIL: 'fixture@example.org',
    GIT_COMMITTER_NAME: 'Fixture',
    GIT_COMMITTER_EMAIL: 'fixture@example.org',
  };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  const git = (args: string[], extra: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: out, env: { ...env, ...extra }, stdio: 'pipe' });
  git(['init', '-q', '-b', 'main']);
  for (const [i, commit] of history.commits.entries()) {
    for (const [from, to] of commit.rename ?? []) {
      mkdirSync(dirname(join(out, to)), { recursive: true });
      git(['mv', from, to]);
    }
    for (const [path, text] of Object.entries(commit.write ?? {})) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), text);
      git(['add', '--', path]);
    }
    for (const path of commit.add ?? []) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      cpSync(join(tree, path), join(out, path));
      git(['add', '--', path]);
    }
    git(['commit', '-q', '-m', `commit ${i + 1}`], { GIT_AUTHOR_DATE: commit.date, GIT_COMMITTER_DATE: commit.date });
  }
  cpSync(tree, out, { recursive: true });
  const all = new Date(history.mtime);
  for (const path of filesUnder(tree)) utimesSync(join(out, path), all, all);
  for (const [path, iso] of Object.entries(history.mtimes ?? {}))
    utimesSync(join(out, path), new Date(iso), new Date(iso));
  return join(out, history.site);
}

interface History {
  readonly site: string;
  readonly commits: readonly {
    readonly date: string;
    readonly rename?: readonly (readonly [string, string])[];
    readonly write?: Readonly<Record<string, string>>;
    readonly add?: readonly string[];
  }[];
  readonly mtime: string;
  readonly mtimes?: Readonly<Record<string, string>>;
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(root, abs) : [relative(root, abs)];
  });
}
