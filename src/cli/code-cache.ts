// Loads the bundled command (dist/cli.cjs) with V8's code cache: the bytecode of every function
// the last run of the same command compiled, kept in a folder that is safe to lose. Node 20 has
// no compile cache of its own (module.enableCompileCache is Node 22's), and its CommonJS loader
// compiles the whole file and then, lazily, each function as it is first called: about a fifth
// of a small site's build. The cache is used only when it was made from the same bytes by the
// same Node with the same flags, and is checked against its own hash before V8 sees it; anything
// else (missing, stale, corrupt, unwritable folder) loads the file without it and, at exit, writes
// a fresh cache. A cache only saves compiling: the program that runs is the file's.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';
import { readChecked, writeChecked } from '../shared/checked-file.js';

/** A loaded program file and, when its cache was missing or refused, the way to write one. */
export interface Loaded {
  readonly exports: Record<string, unknown>;
  /** Whether V8 took the cache (compiled nothing it held). */
  readonly fromCache: boolean;
  /** The SHA-256 of the file's bytes (hex): which program this is. */
  readonly hash: string;
  /** Writes the cache for the next run (at exit: it then holds every function this run compiled). */
  readonly save: () => void;
}

const MAGIC = Buffer.from('kiln code cache 2\n');
/** kiln's commands (cli/commands.ts), each with a cache of its own; anything else shares one. */
export const CACHED_COMMANDS: ReadonlySet<string> = new Set([
  'build',
  'watch',
  'serve',
  'new',
  'publish',
  'check',
  'init',
]);
/** The Markdown renderer and highlighter (render/markdown/program.ts), the command's and its worker threads', which have a cache of their own. */
export const MARKDOWN_PROGRAM = 'markdown';

/**
 * kiln's cache folder: KILN_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache,
 * ~/Library/Caches, %LOCALAPPDATA%). Undefined when there is no home folder.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.KILN_CACHE_DIR) return env.KILN_CACHE_DIR;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (!home) return undefined;
  if (process.platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'kiln', 'Cache');
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'kiln');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'kiln');
}

/** Where the code cache is kept: the cache folder, unless KILN_DISABLE_CODE_CACHE is set. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.KILN_DISABLE_CODE_CACHE ? undefined : cacheDir(env);
}

/**
 * Whether only this user can put files in `dir` (it is theirs, and neither its group nor others
 * may write to it), or it does not exist yet (it is made so). What a cache holds is run: a folder
 * others can write to (a home in /tmp) is not used.
 */
export function privateDir(dir: string): boolean {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  try {
    const s = statSync(dir);
    return s.isDirectory() && s.uid === process.getuid() && (s.mode & 0o022) === 0;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * How a program file (dist/cli.cjs, dist/markdown-program.cjs) begins and ends: a CommonJS
 * module's text in Node's own wrapper, with `kilnImport` added, an import() made here
 * (src/shared/import-module.ts): vm's own hook for import() warns that it is experimental.
 * scripts/bundle-cli.mjs writes the files so, all on the first line (line numbers hold), and V8
 * then compiles the text as read: wrapped here, it made a copy of 1.7 MB first (4–5 ms).
 */
export const PROGRAM_START = '(function (exports, require, module, __filename, __dirname, kilnImport) {';
export const PROGRAM_END = '\n})';

/**
 * Runs the program file `file` as Node would run the CommonJS module inside it (its own `require`,
 * `module`, `__filename`), compiled with the cache named by `label` (the command: each command
 * compiles different code; a help or a mistyped command shares one; or MARKDOWN_PROGRAM) from
 * `dir`; without a private folder, with no cache.
 */
export function requireWithCodeCache(file: string, label: string, dir: string | undefined = codeCacheDir()): Loaded {
  const bytes = readFileSync(file);
  const hash = createHash('sha256').update(bytes).digest('hex');
  // The bundles are ASCII, which V8 keeps as one byte a character: read as Latin-1, with no
  // UTF-8 decoding to do.
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  if (!text.startsWith(PROGRAM_START) || !text.endsWith(PROGRAM_END))
    throw new Error(`${file} is not a program file of kiln's (scripts/bundle-cli.mjs makes them)`);
  const cacheFile = dir && privateDir(dir) ? join(dir, `${cacheName(label)}-${cacheKey(hash)}.bin`) : undefined;
  const cached = cacheFile ? readChecked(cacheFile, MAGIC) : undefined;
  // A library's own import(), if one ran, as Node would do it (Node 20.12 on).
  const hook = (vmConstants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } | undefined)
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new Script(text, {
    filename: file,
    cachedData: cached,
    ...(hook ? { importModuleDynamically: hook as never } : {}),
  });
  const require = createRequire(file);
  const module = { exports: {} as Record<string, unknown>, filename: file, id: file, loaded: false };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    require,
    module,
    file,
    dirname(file),
    (specifier: string) => import(specifier),
  );
  module.loaded = true;
  const fromCache = cached !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    fromCache,
    hash,
    save: fromCache || !cacheFile ? () => {} : () => writeCache(cacheFile, script),
  };
}

/** Programs loaded after the command's own (requireLater), whose caches are written at its exit. */
const loadedLater: Loaded[] = [];

/**
 * The exports of the program file `file` (one scripts/bundle-cli.mjs makes), loaded when the
 * command first needs it, with the cache named by `label`; its cache is written by
 * saveLoadedLater(), when the command is done and has compiled what it ran.
 */
export function requireLater(file: string, label: string): Record<string, unknown> {
  const loaded = requireWithCodeCache(file, label);
  loadedLater.push(loaded);
  return loaded.exports;
}

/** Writes the missing caches of the programs requireLater() loaded. */
export function saveLoadedLater(): void {
  for (const loaded of loadedLater.splice(0)) loaded.save();
}

/** Which command's cache: kiln's commands and the worker each have one, anything else shares one. */
function cacheName(label: string): string {
  return CACHED_COMMANDS.has(label) || label === MARKDOWN_PROGRAM ? label : 'other';
}

/** The file's SHA-256 with Node's version, architecture and flags: V8 itself checks only the text's length. */
function cacheKey(hash: string): string {
  return createHash('sha256')
    .update(hash)
    .update(JSON.stringify([process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? '']))
    .digest('hex')
    .slice(0, 32);
}

/** Writes the cache whole or not at all (a run reading it meanwhile sees the old one or the new). */
function writeCache(path: string, script: Script): void {
  try {
    writeChecked(path, MAGIC, [script.createCachedData()]);
  } catch {
    // A cache that cannot be written is only a slower start next time.
  }
}
