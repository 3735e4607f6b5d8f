#!/usr/bin/env node
// npm run publish [-- --branch asf-site] [--push REMOTE] [--no-build] [--cli PATH]
// Builds the site and commits content/ to the publishing branch (default asf-site) as one new
// commit whose message names the source commit. It works through a temporary index, so the
// working tree, the index and the current branch are left exactly as they were.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    branch: { type: 'string', default: process.env.PUBLISH_BRANCH ?? 'asf-site' },
    push: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    cli: { type: 'string', default: new URL('../dist/cli.js', import.meta.url).pathname },
    destination: { type: 'string', default: 'content' },
  },
});
const git = (args, env = {}) => execFileSync('git', args, { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
const root = git(['rev-parse', '--show-toplevel']);
process.chdir(root);

if (!values['no-build'])
  execFileSync(process.execPath, [resolve(values.cli), 'build', '--quiet'], { stdio: 'inherit' });

const source = git(['rev-parse', 'HEAD']);
const subject = git(['log', '-1', '--format=%s', source]);
const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
const ref = `refs/heads/${values.branch}`;
const index = join(mkdtempSync(join(tmpdir(), 'kiln-publish-')), 'index');
try {
  const env = { GIT_INDEX_FILE: index };
  git(['--work-tree', values.destination, 'add', '--all', '--force', '.'], env);
  git(['rm', '--cached', '--quiet', '--ignore-unmatch', '.kiln-manifest.json'], env);
  const tree = git(['write-tree'], env);
  let parent = '';
  try {
    parent = git(['rev-parse', '--verify', '--quiet', ref]);
  } catch {
    parent = '';
  }
  if (parent && git(['rev-parse', `${parent}^{tree}`]) === tree) {
    console.log(`${values.branch} already has this site (${parent.slice(0, 10)}); nothing to publish`);
  } else {
    const message = `Publish site from ${source.slice(0, 10)}${dirty ? ' (with uncommitted changes)' : ''}\n\nSource commit: ${source}\n${subject}\n`;
    const commit = git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message]);
    git(['update-ref', ref, commit, ...(parent ? [parent] : [])]);
    console.log(`${values.branch} is now ${commit.slice(0, 10)}: ${message.split('\n')[0]}`);
  }
  if (values.push) {
    execFileSync('git', ['push', values.push, `${ref}:${ref}`], { stdio: 'inherit' });
  }
} finally {
  rmSync(join(index, '..'), { recursive: true, force: true });
}
