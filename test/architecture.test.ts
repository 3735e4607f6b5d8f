import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every `import … from '…'` and `export … from '…'` (types too) of every source file, and every
 * library it `require`s (CommonJS ones load faster so), as [file relative to src, specifier].
 */
const imports = files(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const found = [
    ...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms),
    ...text.matchAll(/(?:\brequire|createRequire\(import\.meta\.url\))\(\s*'([^']+)',?\s*\)/g),
  ];
  return found.map((m) => [relative(SRC, file), m[1]!] as const);
});
const resolved = (file: string, spec: string) =>
  spec.startsWith('.') ? join(file, '..', spec).replace(/\.js$/, '.ts') : spec;

// Where each third-party library may be imported (ARCHITECTURE.md §3: one folder each).
const LIBRARIES: Record<string, RegExp> = {
  'js-yaml': /^shared\/yaml(-ruby|-merge|-breaks)?\.ts$/,
  'markdown-it': /^render\/markdown\//,
  'markdown-it-footnote': /^render\/markdown\//,
  nunjucks: /^render\/templates\//,
  liquidjs: /^render\/templates\/liquid\/liquidjs\.ts$/,
  'fast-xml-parser': /^(verify|check)\//,
  sass: /^render\/sass\.ts$/,
  prismjs: /^render\/markdown\/highlight\//,
  'prismjs/components/index.js': /^render\/markdown\/highlight\//,
  saxes: /^verify\/well-formed\.ts$/,
  'fastest-levenshtein': /^(cli\/commands|config\/permalink-placeholders|watch\/serve)\.ts$/,
  picocolors: /^cli\/terminal\.ts$/,
  parse5: /^plugins\/html\/parse\.ts$/,
};

/** Each source file → the source files it imports. */
const graph = new Map<string, string[]>();
for (const [file, spec] of imports) {
  if (!spec.startsWith('.')) continue;
  graph.set(file, [...(graph.get(file) ?? []), resolved(file, spec)]);
}

/** Every file `file` reaches through imports, with the chain that reaches it. */
function reach(file: string): Map<string, string[]> {
  const found = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length) {
    const at = queue.shift()!;
    for (const next of graph.get(at) ?? []) {
      if (found.has(next)) continue;
      found.set(next, [...found.get(at)!, next]);
      queue.push(next);
    }
  }
  return found;
}

describe('import directions (ARCHITECTURE.md §3)', () => {
  it('found the sources', () => expect(imports.length).toBeGreaterThan(50));

  it('each third-party library is imported in its one folder only', () => {
    const wrong = imports.filter(([file, spec]) => spec in LIBRARIES && !LIBRARIES[spec]!.test(file));
    expect(wrong).toEqual([]);
  });

  it('libraries with a one-file CommonJS build are required, never imported as values', () => {
    // Imported, Node first scans a CommonJS file for export names (or loads many ES modules):
    // a cost every `kiln build` would pay before doing anything.
    const commonJs =
      /^(nunjucks|liquidjs|prismjs(\/.*)?|saxes|picocolors|fastest-levenshtein|markdown-it|fast-xml-parser)$/;
    const wrong = files(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)]
        .filter((m) => commonJs.test(m[1]!))
        .map((m) => [relative(SRC, file), m[1]]),
    );
    expect(wrong).toEqual([]);
  });

  it('shared/ imports nothing else of kiln', () => {
    const wrong = imports.filter(
      ([file, spec]) =>
        file.startsWith('shared/') && spec.startsWith('.') && !resolved(file, spec).startsWith('shared/'),
    );
    expect(wrong).toEqual([]);
  });

  it('only the commands import build.ts, and nothing imports cli.ts (the entry point)', () => {
    const wrong = imports.filter(([file, spec]) => {
      const target = resolved(file, spec);
      return target === 'cli.ts' || (target === 'build.ts' && file !== 'cli.ts' && !/^(cli|watch)\//.test(file));
    });
    expect(wrong).toEqual([]);
  });

  it('Markdown knows nothing of templates', () => {
    const wrong = imports.filter(
      ([file, spec]) => file.startsWith('render/markdown/') && resolved(file, spec).startsWith('render/templates/'),
    );
    expect(wrong).toEqual([]);
  });

  it('stages before write/ never import it (nothing is written before everything rendered)', () => {
    const early = /^(config|source|model|render|verify)\//;
    const wrong = imports.filter(([file, spec]) => early.test(file) && resolved(file, spec).startsWith('write/'));
    expect(wrong).toEqual([]);
  });

  it('stages before write/ reach no watch, write or build type through any file, types included', () => {
    const early = /^(config|source|model|render|verify)\//;
    const late = /^(watch|write)\/|^(build|build-cache|cli)\.ts$/;
    const wrong = [...graph.keys()]
      .filter((file) => early.test(file))
      .flatMap((file) =>
        [...reach(file)].filter(([target]) => late.test(target)).map(([, chain]) => chain.join(' → ')),
      );
    expect(wrong).toEqual([]);
  });

  it('no file imports itself through others (no import cycles)', () => {
    const cycles = [...graph.keys()].flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((next) => reach(next).has(file))
        .map((next) => `${file} → ${reach(next).get(file)!.join(' → ')}`),
    );
    expect(cycles).toEqual([]);
  });
});
