#!/usr/bin/env node
// npm run publish-site [-- --branch asf-site] [--push REMOTE] [--no-build] [--allow-dirty] [--cli PATH]
// Builds the site and commits content/ to the publishing branch (default asf-site) as one new
// commit whose message names the source commit. It works through a temporary index, so the
// working tree, the index and the current branch are left exactly as they were. (Not named
// `publish`: that is npm's own lifecycle script, which `npm publish` would run.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `usage: npm run publish-site -- [options]

Builds the site (kiln build) and commits content/ to the publishing branch as one new commit
named after the source commit, through a temporary git index: the working tree, the index and
the current branch are left as they are. Refuses to publish uncommitted changes to tracked
files unless --allow-dirty.

options:
  --branch NAME    the publishing branch (default asf-site, or PUBLISH_BRANCH)
  --push REMOTE    push the publishing branch to REMOTE afterwards
  --no-build       publish content/ as it is, without building first
  --allow-dirty    publish even with uncommitted changes to tracked files
  --destination D  the built site's folder (default content)
  --cli PATH       the kiln command to build with (default this clone's dist/bin.js)
  -h, --help       show this help
`;

class Refusal extends Error {}

function run() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        branch: { type: 'string', default: process.env.PUBLISH_BRANCH ?? 'asf-site' },
        push: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'allow-dirty': { type: 'boolean', default: false },
        cli: { type: 'string', default: new URL('../dist/bin.js', import.meta.url).pathname },
        destination: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    throw new Refusal(`${e.message.split('.')[0]}\n(npm run publish-site -- --help lists the options)`);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const git = (args, env = {}) => {
    try {
      return execFileSync('git', args, {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch (e) {
      throw new Refusal(`git ${args.join(' ')} failed: ${String(e.stderr || e.message).trim()}`);
    }
  };
  const root = git(['rev-parse', '--show-toplevel']);
  process.chdir(root);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  if (dirty && !values['allow-dirty'])
    throw new Refusal(`uncommitted changes; commit them first, or publish anyway with --allow-dirty:\n${dirty}`);
  if (!values['no-build']) {
    try {
      execFileSync(process.execPath, [resolve(values.cli), 'build', '--quiet'], { stdio: 'inherit' });
    } catch {
      throw new Refusal('the build failed (its errors are above); nothing was published');
    }
  }
  const source = git(['rev-parse', 'HEAD']);
  const subject = git(['log', '-1', '--format=%s', source]);
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
    if (values.push) git(['push', values.push, `${ref}:${ref}`]);
  } finally {
    rmSync(join(index, '..'), { recursive: true, force: true });
  }
}

try {
  run();
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  process.stderr.write(`publish-site: ${e.message}\n`);
  process.exitCode = 1;
}
