import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { createBuildCache } from '../../src/build-cache.js';
import { createLog } from '../../src/shared/log.js';
import { FIXED_EPOCH } from '../helpers/run.js';
import { diffTrees, readTree, tempDir } from '../helpers/tree.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'project-blog', 'source');
const STEPS = Number(process.env.KILN_FUZZ_STEPS ?? 40);
const SEED = Number(process.env.KILN_FUZZ_SEED ?? Date.now() % 1_000_000);

function rng(seed: number) {
  let x = seed || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_003) % n;
  };
}

/** One random edit of the kinds SPEC §7's rule must survive; returns the paths it touched. */
function edit(
  src: string,
  pick: (n: number) => number,
  step: number,
): { what: string; paths: string[]; broken?: string } {
  const posts = readdirSync(join(src, '_posts')).sort();
  const post = posts[pick(posts.length)]!;
  const postPath = join(src, '_posts', post);
  const text = () => readFileSync(postPath, 'utf8');
  const setKey = (key: string, value: string) => {
    const t = text();
    const re = new RegExp(`^${key}:.*$`, 'm');
    writeFileSync(
      postPath,
      re.test(t) ? t.replace(re, `${key}: ${value}`) : t.replace(/^---\n/, `---\n${key}: ${value}\n`),
    );
  };
  const date = () => `20${22 + pick(4)}-0${1 + pick(9)}-1${pick(9)}`;
  const rel = (p: string) => `_posts/${p}`;
  switch (pick(15)) {
    case 13: {
      // A body that is a template becomes plain text, or the other way round.
      const t = text();
      // Bodies see every post's content as empty while they render, as in a clean build: `| size` shows it.
      const snippet = [
        'On {{ site.title }} ({{ site.posts | size }} posts).',
        'After {{ page.previous.title }} ({{ page.previous.excerpt | size }}), before {{ page.next.title }}.',
        'Newest: {% for p in site.posts.slice(0, 2) %}{{ p.title }} ({{ p.content | size }}); {% endfor %}',
      ][pick(3)];
      writeFileSync(
        postPath,
        t.includes('{{') ? t.replace(/\{\{ site\.baseurl \}\}|\n(On|After|Newest).*\n/g, '') : `${t}\n${snippet}\n`,
      );
      return { what: `toggle template ${post}`, paths: [rel(post)] };
    }
    case 14:
      return { what: `break and mend ${post}`, paths: [rel(post)], broken: postPath };
    case 0: {
      const name = `${date()}-fuzz-${step}.md`;
      writeFileSync(
        join(src, '_posts', name),
        `---\ntitle: "Fuzz ${step} 'quoted' & more"\ncategories: ${['news', 'features', ''][pick(3)]}\n---\nBody of ${step} -- with "quotes".\n\nSecond paragraph.\n`,
      );
      return { what: `add ${name}`, paths: [rel(name)] };
    }
    case 1:
      writeFileSync(postPath, `${text()}\nEdited at step ${step}.\n`);
      return { what: `edit body ${post}`, paths: [rel(post)] };
    case 2:
      setKey('title', `"Retitled ${step}"`);
      return { what: `retitle ${post}`, paths: [rel(post)] };
    case 3:
      setKey('date', `${date()} 1${pick(9)}:00:00`);
      return { what: `re-date ${post}`, paths: [rel(post)] };
    case 4:
      setKey('categories', ['news', 'features', 'releases', '[]'][pick(4)]!);
      return { what: `recategorize ${post}`, paths: [rel(post)] };
    case 5:
      setKey('published', pick(2) ? 'false' : 'true');
      return { what: `(un)publish ${post}`, paths: [rel(post)] };
    case 6:
      if (posts.length > 5) {
        rmSync(postPath);
        return { what: `delete ${post}`, paths: [rel(post)] };
      }
      return { what: 'nothing', paths: [] };
    case 7: {
      const name = `${date()}-renamed-${step}.md`;
      renameSync(postPath, join(src, '_posts', name));
      return { what: `rename ${post} to ${name}`, paths: [rel(post), rel(name)] };
    }
    case 8: {
      const layout = ['post.html', 'base.html'][pick(2)]!;
      const p = join(src, '_layouts', layout);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/(<!-- step \d+ -->)?\n$/, `<!-- step ${step} -->\n`));
      return { what: `edit layout ${layout}`, paths: [`_layouts/${layout}`] };
    }
    case 9: {
      const p = join(src, '_includes', 'archive.html');
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replace(/<h2>|<h3>/, pick(2) ? '<h3>' : '<h2>')
          .replace(/<\/h2>|<\/h3>/, pick(2) ? '</h3>' : '</h2>'),
      );
      return { what: 'edit include', paths: ['_includes/archive.html'] };
    }
    case 10: {
      const p = join(src, '_data', 'nav.yml');
      writeFileSync(p, `${readFileSync(p, 'utf8')}- title: Step ${step}\n  url: /s${step}/\n`);
      return { what: 'edit data', paths: ['_data/nav.yml'] };
    }
    case 11: {
      const p = join(src, '_config.yml');
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replace(/^paginate: \d+$/m, `paginate: ${3 + pick(4)}`)
          .replace(/^title: .*$/m, `title: Project Blog ${step % 3}`),
      );
      return { what: 'edit config', paths: ['_config.yml'] };
    }
    default: {
      const p = join(src, 'img', `extra-${step % 4}.txt`);
      if (existsSync(p)) {
        rmSync(p);
        return { what: 'remove static file', paths: [`img/extra-${step % 4}.txt`] };
      }
      writeFileSync(p, `static ${step}\n`);
      return { what: 'add static file', paths: [`img/extra-${step % 4}.txt`] };
    }
  }
}

describe('watch rebuilds equal clean builds (SPEC §7)', () => {
  it(`${STEPS} random edits, each rebuilt with the watch cache, compared with a clean build (seed ${SEED})`, async () => {
    const savedEpoch = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = FIXED_EPOCH;
    const src = tempDir('fuzz-src');
    cpSync(FIXTURE, src, { recursive: true });
    // Large enough (over 4 KB) that index pages render in pieces, the archive spliced in when written.
    const archive = join(src, '_includes', 'archive.html');
    writeFileSync(archive, `${readFileSync(archive, 'utf8')}<!-- ${'a long sidebar '.repeat(300)}-->\n`);
    // Every other post plain text (no template), so rebuilds take both paths for bodies.
    readdirSync(join(src, '_posts'))
      .sort()
      .forEach((name, i) => {
        const p = join(src, '_posts', name);
        if (i % 2) writeFileSync(p, readFileSync(p, 'utf8').replaceAll('{{ site.baseurl }}', ''));
      });
    const dest = tempDir('fuzz-incremental');
    const cache = createBuildCache();
    const log = createLog(true);
    await build({ source: src, destination: dest }, log, cache);
    // As in kiln watch once its watcher is ready: rebuilds look only at the paths reported below.
    cache.eventsComplete = true;
    const pick = rng(SEED);
    const history: string[] = [];
    for (let step = 1; step <= STEPS; step++) {
      const { what, paths, broken } = edit(src, pick, step);
      history.push(what);
      if (broken) {
        // A save that fails to build leaves the site as it was; the next save recovers.
        // Broken front matter always fails; a broken template fails where the post is rendered.
        const good = readFileSync(broken, 'utf8');
        const before = readTree(dest);
        const yaml = pick(2) === 1;
        writeFileSync(broken, yaml ? good.replace('---\n', '---\ntitle: [unclosed\n') : `${good}\n{% if %}\n`);
        for (const p of paths) cache.dirty.add(p);
        const failed = await build({ source: src, destination: dest }, log, cache).then(
          () => false,
          () => true,
        );
        if (yaml) expect(failed).toBe(true);
        if (failed) expect(diffTrees(before, readTree(dest))).toEqual([]);
        writeFileSync(broken, good);
      }
      for (const p of paths) cache.dirty.add(p);
      await build({ source: src, destination: dest }, log, cache);
      const clean = tempDir('fuzz-clean');
      await build({ source: src, destination: clean }, log);
      const problems = diffTrees(readTree(clean), readTree(dest));
      rmSync(clean, { recursive: true, force: true });
      if (problems.length) {
        throw new Error(
          `seed ${SEED}, step ${step} (${history.slice(-5).join('; ')}):\n${problems.slice(0, 5).join('\n')}\nrerun with KILN_FUZZ_SEED=${SEED}`,
        );
      }
    }
    expect(history).toHaveLength(STEPS);
    if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = savedEpoch;
  }, 600_000);
});
