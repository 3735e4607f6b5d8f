// Makes the installed command: dist/cli.cjs, one CommonJS file bundling kiln's sources and the
// libraries a build loads (esbuild), with the Markdown renderer and highlighter in a second,
// dist/markdown-program.cjs, loaded when first needed; and two entries that load the first:
// dist/kiln.cjs, the package's command, and dist/cli.js, the package's entry module.
// Run by `npm run prepare` after tsc, whose dist/cli.js it replaces. Loading one file is far less
// start-up work than loading ~130 modules and each library's own files (resolving, reading,
// compiling each). CommonJS rather than an ES module because Node reads a CommonJS file straight
// into a string, where its ES module loader first decodes the whole file through TextDecoder, and
// because a module's `require` of a Node built-in (node:http for serve, node:worker_threads for
// large sites) then runs when that module first runs, not when the file loads. The file is kept
// ASCII-only, which Node and V8 read and scan as one-byte text. The Markdown worker threads run
// the Markdown program too (a worker starts with about a quarter less CPU than from the compiled
// modules): their script, dist/markdown-worker.cjs, loads it with its code cache
// (src/cli/markdown-worker.ts). tsc's compiled tree stays
// beside them, and tsc's own dist/cli.js runs the same program, only slower to start.
//
// node scripts/bundle-cli.mjs [OUT [BIN]]: OUT (default dist/cli.js) and BIN (default dist/kiln.cjs)
// must be files in dist/, since the bundle finds the package, the starter site and the worker script
// relative to itself; the CommonJS program is OUT with .cjs for .js.
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { MARKDOWN_PROGRAM, PROGRAM_END, PROGRAM_START } from '../dist/cli/code-cache.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'dist', 'cli.js'));
const CJS = `${OUT.replace(/\.js$/, '')}.cjs`;
const BIN = resolve(process.argv[3] ?? join(ROOT, 'dist', 'kiln.cjs'));

// Left to Node at run time: Prism requires its language files by computed name, as the TextMate
// engine does its grammars (both load only for a block that needs them), sass is large and rarely
// used, open runs a helper script from its own folder; chokidar serves only Nunjucks' own watch
// mode, which kiln does not use. Required only when first used, so not read by a build that does
// not use them: transliteration (`kiln new`'s slugs), fast-xml-parser (`kiln check`, and an XML
// document saxes refuses) and parse5 (the HTML jekyll-mentions and jekyll-toc read).
const EXTERNAL = [
  'prismjs',
  'prismjs/*',
  '@shikijs/*',
  '@wooorm/starry-night',
  '@wooorm/starry-night/*',
  'sass',
  'open',
  'chokidar',
  'transliteration',
  'fast-xml-parser',
  'parse5',
];

/**
 * Each source module as it reads once it is in the bundle: a library it loads with
 * `createRequire(import.meta.url)` is required by name (so esbuild bundles it, or leaves it to
 * Node when external), and its `import.meta.url` is the URL its compiled module has in dist/ (the
 * worker script, `../starter` and the package's package.json resolve as they did).
 */
const ownModules = {
  name: 'kiln-modules',
  setup(b) {
    b.onLoad({ filter: /\.ts$/, namespace: 'file' }, async (args) => {
      if (!args.path.startsWith(SRC + sep)) return undefined;
      const compiled = `./${relative(SRC, args.path).split(sep).join('/').replace(/\.ts$/, '.js')}`;
      const contents = (await readFile(args.path, 'utf8'))
        .replaceAll('const require = createRequire(import.meta.url);', '')
        .replaceAll('createRequire(import.meta.url)(', 'require(')
        .replaceAll('import.meta.url', `new URL(${JSON.stringify(compiled)}, import.meta.url).href`);
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * markdown-it uses only the entities library's two HTML decoders, and only for text with an `&`;
 * the library's index also builds its encoder's 1,500-entry map, and its decoder a 47 KB table,
 * as it loads. markdown-it gets the decoders, loaded at their first call.
 */
const entityDecoders = {
  name: 'entity-decoders',
  setup(b) {
    b.onResolve({ filter: /^entities$/ }, (args) =>
      args.importer.includes(`${sep}markdown-it${sep}`)
        ? { path: 'entities', namespace: 'entity-decoders' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'entity-decoders' }, () => ({
      contents: `let decode;
const decoders = () => (decode ??= require('entities/lib/decode.js'));
exports.decodeHTML = (text) => decoders().decodeHTML(text);
exports.decodeHTMLStrict = (text) => decoders().decodeHTMLStrict(text);
`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

/**
 * markdown-it makes a linkify-it matcher as it is made, and linkify-it compiles its Unicode
 * patterns then; kiln turns linkify off, so the matcher is never used. markdown-it gets one that
 * makes the real matcher at its first call.
 */
const lazyLinkify = {
  name: 'lazy-linkify',
  setup(b) {
    b.onResolve({ filter: /^linkify-it$/ }, (args) =>
      args.importer.includes(`${sep}markdown-it${sep}`) ? { path: 'linkify-it', namespace: 'lazy-linkify' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-linkify' }, () => ({
      contents: `const methods = ['add', 'set', 'test', 'pretest', 'testSchemaAt', 'match', 'matchAtStart', 'tlds', 'normalize', 'onCompile'];
class LazyLinkify {}
for (const name of methods)
  LazyLinkify.prototype[name] = function (...args) {
    this.real ??= new (require('linkify-it'))();
    return this.real[name](...args);
  };
module.exports = LazyLinkify;
`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

/** The Markdown renderer and the highlighter, a program of their own (render/markdown/program.ts). */
const MARKDOWN_PROGRAM_FILE = join(dirname(OUT), 'markdown-program.cjs');

/**
 * kiln's own modules that a build may never call (every highlighted block and Markdown body may
 * be kept from the last build) and that cost start-up time to load: each importer in the command's
 * program gets, in their place, functions of the same names that load the module at their first
 * call, from the program file named here (src/cli/code-cache.ts' requireLater) or else from the
 * command's own (esbuild's `require` of a bundled module runs it then). Each must export functions
 * only, which is checked against tsc's compiled module.
 */
const LOADED_AT_FIRST_CALL = new Map([
  [join(SRC, 'render', 'markdown', 'highlight', 'highlight.ts'), MARKDOWN_PROGRAM_FILE],
  [join(SRC, 'render', 'markdown', 'create-markdown.ts'), MARKDOWN_PROGRAM_FILE],
  // The Liquid engine and liquidjs, which a Nunjucks site never calls.
  [join(SRC, 'render', 'templates', 'liquid', 'engine.ts'), undefined],
  [join(SRC, 'render', 'templates', 'liquid', 'errors.ts'), undefined],
  [join(SRC, 'render', 'templates', 'liquid', 'as-is.ts'), undefined],
]);
const loadedAtFirstCall = {
  name: 'loaded-at-first-call',
  async setup(b) {
    const exportsOf = new Map();
    for (const file of LOADED_AT_FIRST_CALL.keys()) {
      const compiled = join(ROOT, 'dist', relative(SRC, file).replace(/\.ts$/, '.js'));
      const names = Object.entries(await import(pathToFileURL(compiled).href)).map(([name, value]) => {
        if (typeof value !== 'function' || /^class\b/.test(Function.prototype.toString.call(value)))
          throw new Error(`${relative(ROOT, file)}: ${name} is not a function, so it cannot wait for its first call`);
        return name;
      });
      exportsOf.set(file, names);
    }
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.namespace === 'loaded-at-first-call' || !args.path.startsWith('.')) return undefined;
      const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      // Named from the package's folder: the bundle holds no path of the machine that made it.
      return exportsOf.has(file) ? { path: relative(ROOT, file), namespace: 'loaded-at-first-call' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'loaded-at-first-call' }, (args) => {
      const file = join(ROOT, args.path);
      const program = LOADED_AT_FIRST_CALL.get(file);
      // The program file sits beside the command's (its module wrapper's __dirname).
      const load = program
        ? `requireLater(require('node:path').join(__dirname, ${JSON.stringify(basename(program))}), ${JSON.stringify(MARKDOWN_PROGRAM)})`
        : `require(${JSON.stringify(`./${basename(file)}`)})`;
      return {
        contents: [
          ...(program ? [`import { requireLater } from ${JSON.stringify(join(SRC, 'cli', 'code-cache.ts'))};`] : []),
          'let loaded;',
          `const real = () => (loaded ??= ${load});`,
          ...exportsOf.get(file).map((name) => `export function ${name}(...args) { return real().${name}(...args); }`),
        ].join('\n'),
        loader: 'js',
        resolveDir: dirname(file),
      };
    });
  },
};

// The command; its Markdown program; and the Markdown worker threads' script
// (render/markdown/pool.ts), which loads that program with its code cache (cli/markdown-worker.ts).
// Each one file.
const WORKER = join(dirname(OUT), 'markdown-worker.cjs');
const bundled = (entry, outfile, plugins) => ({
  entryPoints: [entry],
  outfile,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  tsconfig: join(ROOT, 'tsconfig.json'),
  external: EXTERNAL,
  plugins: [ownModules, entityDecoders, lazyLinkify, ...plugins],
  // The bundle's own URL, which each module's URL above is resolved against.
  define: { 'import.meta.url': 'kilnBundleUrl' },
  banner: { js: 'const kilnBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  charset: 'ascii',
  // Without comments, indentation and line breaks (names kept): a start reads, hashes and copies
  // the whole text (2.5 → 1.8 MB), at a page fault per 4 KB touched. 40 alternating no-op builds
  // of the project site, 2026-12-06: 278 → 266 ms median (`node -e 0` 110). The source map maps
  // a position in an internal error's stack back to the source.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: 'warning',
});
// The programs are run by src/cli/code-cache.ts, which takes them
// in Node's module wrapper, as written here (the wrapper's start on the first line, beside
// esbuild's banner). esbuild escapes strings but leaves regular expression literals as written;
// a \uXXXX escape means the same there (a surrogate pair of escapes is the one
// character under the u flag too). Columns after such a character on its line shift in the
// source map. Each file is written beside and renamed into place: a build running meanwhile never
// loads half of one.
const PROGRAMS = new Set([CJS, MARKDOWN_PROGRAM_FILE]);
for (const [entry, outfile, plugins] of [
  [join(SRC, 'cli', 'main.ts'), CJS, [loadedAtFirstCall]],
  [join(SRC, 'render', 'markdown', 'program.ts'), MARKDOWN_PROGRAM_FILE, []],
  [join(SRC, 'cli', 'markdown-worker.ts'), WORKER, []],
]) {
  const { outputFiles } = await build({ ...bundled(entry, outfile, plugins), write: false });
  for (const out of outputFiles) {
    let text = out.path.endsWith('.map')
      ? out.text
      : out.text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (PROGRAMS.has(out.path)) text = `${PROGRAM_START}${text}${PROGRAM_END}`;
    await writeFile(`${out.path}.${process.pid}`, text);
    await rename(`${out.path}.${process.pid}`, out.path);
  }
}

// Two entries load the bundle as CommonJS (not scanned for exports) with V8's code cache of the
// last run of the same command (src/cli/code-cache.ts), written at exit when there was none. Each
// is one file, with code-cache.ts and what it imports in it: Node's ES module loader resolves,
// reads and compiles each module an entry imports, with no code cache (the two it imported cost a
// cold start about 13 ms). The package's command (`bin`) is the CommonJS one, BIN (dist/kiln.cjs):
// a program started from a CommonJS file never starts Node's ES module loader, about 15 ms of a
// cold start (40 alternating runs, 2026-12-06: 297 → 282 ms median). OUT (dist/cli.js) is the
// package's ES module, for callers that import main() from it (the package is "type": "module"),
// and runs the same command when run itself.
/** The program loaded, the entry's own URL being `url` (an expression of the entry's format). */
const load = (
  url,
) => `const program = requireWithCodeCache(fileURLToPath(new URL('./${basename(CJS)}', ${url})), process.argv[2] ?? '');
const cli = program.exports;`;
const entries = [
  {
    file: OUT,
    format: 'esm',
    contents: `import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './code-cache.js';

${load('import.meta.url')}
export const main = cli.main;

await cli.runIfProgram(import.meta.url, program.save, program.hash);
`,
  },
  {
    file: BIN,
    format: 'cjs',
    // A promise that fails is reported by Node and ends the process, as a failed top-level await does.
    contents: `import { fileURLToPath, pathToFileURL } from 'node:url';
import { requireWithCodeCache } from './code-cache.js';

${load('pathToFileURL(__filename)')}
cli.runIfProgram(pathToFileURL(__filename).href, program.save, program.hash);
`,
  },
];
for (const { file, format, contents } of entries) {
  const {
    outputFiles: [made],
  } = await build({
    stdin: { contents, resolveDir: join(SRC, 'cli'), sourcefile: basename(file), loader: 'js' },
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.json'),
    charset: 'ascii',
    banner: {
      js: `#!/usr/bin/env node\n// Made by scripts/bundle-cli.mjs: the program is ${basename(CJS)}, kiln in one file.`,
    },
    write: false,
    logLevel: 'warning',
  });
  await writeFile(`${file}.${process.pid}`, made.text);
  await rename(`${file}.${process.pid}`, file);
  await chmod(file, 0o755);
}
