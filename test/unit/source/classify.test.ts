import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/types.js';
import { Classifier } from '../../../src/source/classify.js';

const config = {
  source: '/site',
  destination: '/site/content',
  configFiles: ['/site/_config.yml'],
  exclude: ['*.log', 'drafts-folder'],
  include: ['.well-known'],
} as unknown as Config;
const c = new Classifier(config);

describe('which paths are site input (SPEC §2)', () => {
  it.each([
    ['_posts/2021-01-01-a.md', 'post'],
    ['_drafts/a.md', 'draft'],
    ['_layouts/post.html', 'layout'],
    ['_includes/nav/top.html', 'include'],
    ['_data/authors.yml', 'data'],
    ['blog/index.html', 'document'],
    ['.htaccess', 'document'],
    ['.well-known/security.txt', 'document'],
    ['constructor/a.txt', 'document'],
    ['_private/key.txt', null],
    ['.git/HEAD', null],
    ['notes.md~', null],
    ['build.log', null],
    ['logs/x.log', null],
    ['drafts-folder/a.txt', null],
    ['content/index.html', null],
    ['node_modules/x/index.js', null],
    ['src/cli.ts', null],
    ['package.json', null],
    ['_config.yml', null],
  ])('%s → %s', (path, kind) => expect(c.kindOf(path)).toBe(kind));
});
