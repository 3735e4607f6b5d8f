// Makes dist/cli.js one file: kiln's sources and the libraries they load, bundled by esbuild.
// Run by `npm run prepare` after tsc, which it overwrites dist/cli.js of. Loading one file is
// far less start-up work than loading ~130 modules and each library's own files (resolving,
// reading, compiling each). tsc's compiled tree stays beside it (the Markdown worker threads load
// it), and tsc's own dist/cli.js runs the same program, only slower to start.
//
// node scripts/bundle-cli.mjs [OUT]: OUT (default dist/cli.js) must be a file in dist/, since the
// bundle finds the package, the starter site and the worker script relative to itself.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const ENTRY = join(SRC, 'cli.ts');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'dist', 'cli.js'));

// Left to Node at run time: Prism requires its language files by computed name, as the TextMate
// engine does its grammars (both load only for a block that needs them), sass is large and rarely
// used, open runs a helper script from its own folder; chokidar serves only Nunjucks' own watch
// mode, which kiln does not use.
const EXTERNAL = [
  'prismjs',
  'prismjs/*',
  '@shikijs/*',
  '@wooorm/starry-night',
  '@wooorm/starry-night/*',
  'sass',
  'open',
  'chokidar',
];

/**
 * Each source module as it reads once it shares the bundle's `import.meta.url`: a library it
 * loads with `createRequire(import.meta.url)` is required by name (so esbuild bundles it, or
 * leaves it to Node when external), and every other `import.meta.url` but the entry's is the URL
 * its compiled module has in dist/ (the worker script, `../starter` resolve as they did).
 */
const ownModules = {
  name: 'kiln-modules',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(SRC + sep)) return undefined;
      const compiled = `./${relative(SRC, args.path).split(sep).join('/').replace(/\.ts$/, '.js')}`;
      let contents = (await readFile(args.path, 'utf8'))
        .replaceAll('const require = createRequire(import.meta.url);', '')
        .replaceAll('createRequire(import.meta.url)(', 'require(');
      if (args.path !== ENTRY)
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(compiled)}, import.meta.url).href`);
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

await build({
  entryPoints: [ENTRY],
  outfile: OUT,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: join(ROOT, 'tsconfig.json'),
  external: EXTERNAL,
  plugins: [ownModules],
  // The bundled CommonJS libraries require Node's modules (and the external ones) by name.
  banner: {
    js: "import { createRequire as kilnCreateRequire } from 'node:module';\nconst require = kilnCreateRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});
