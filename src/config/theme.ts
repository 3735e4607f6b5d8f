import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KilnError } from '../shared/errors.js';

/** A theme found: its folder, and for an installed Ruby gem its version and runtime dependencies. */
export interface FoundTheme {
  readonly dir: string;
  readonly gem?: { readonly version: string; readonly dependencies: readonly string[] };
}

/**
 * Where `theme: NAME` lives: `_themes/NAME/` in the site, else an npm package `NAME` or
 * `jekyll-theme-NAME` in a `node_modules` folder of the site or above it, else the gem `NAME` as
 * RubyGems installed it (`gemRoots`): the version the site's Gemfile.lock names when it is
 * installed, else the highest, as Jekyll finds it. Not found, the error lists every place looked at.
 */
export function findTheme(
  name: string,
  source: string,
  configName: string,
  env: NodeJS.ProcessEnv = process.env,
): FoundTheme {
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name) || name === '.' || name === '..')
    throw new KilnError(`theme: "${name}" is not a theme name`, configName);
  const places = [join(source, '_themes', name)];
  for (let dir = source; ; dir = dirname(dir)) {
    places.push(join(dir, 'node_modules', name), join(dir, 'node_modules', `jekyll-theme-${name}`));
    if (dirname(dir) === dir) break;
  }
  const found = places.find((p) => isDir(p));
  if (found) return { dir: found };
  const roots = gemRoots(source, env);
  const gem = findGem(name, roots, lockedVersion(source, name));
  if (gem) return gem;
  const looked = [...places, ...roots.map((r) => join(r, 'gems', `${name}-VERSION`))];
  throw new KilnError(
    `theme "${name}" not found; kiln looked in:\n${looked.map((p) => `  ${p}`).join('\n')}\n` +
      `copy the theme's _layouts, _includes, _sass and assets into _themes/${name}/, npm install it, or gem install ${name}`,
    configName,
  );
}

/**
 * The folders RubyGems installs gems into (each holds `gems/NAME-VERSION/` and
 * `specifications/NAME-VERSION.gemspec`), in the order looked at: `GEM_HOME`, `GEM_PATH`, the
 * site's `vendor/bundle` (Bundler's usual `path`), a user's own (`gem install --user-install`,
 * rbenv, rvm), then the system's (Debian's `gem install` and its packaged gems, a Ruby built
 * from source, Homebrew, macOS). Found without running Ruby, which takes longer to start than a
 * whole build of a small site.
 */
export function gemRoots(source: string, env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME;
  const listed = [env.GEM_HOME, ...(env.GEM_PATH ?? '').split(':')].filter((p): p is string => !!p);
  const patterns = [
    ...listed,
    join(source, 'vendor', 'bundle', 'ruby', '*'),
    ...(home
      ? [
          join(home, '.local', 'share', 'gem', 'ruby', '*'),
          join(home, '.gem', 'ruby', '*'),
          join(home, '.rbenv', 'versions', '*', 'lib', 'ruby', 'gems', '*'),
          join(home, '.rvm', 'gems', '*'),
        ]
      : []),
    '/var/lib/gems/*',
    '/usr/share/rubygems-integration/all',
    '/usr/local/lib/ruby/gems/*',
    '/usr/lib/ruby/gems/*',
    '/opt/homebrew/lib/ruby/gems/*',
    '/Library/Ruby/Gems/*',
  ];
  const roots: string[] = [];
  for (const pattern of patterns)
    for (const root of expand(pattern)) if (!roots.includes(root) && isDir(join(root, 'gems'))) roots.push(root);
  return roots;
}

/** The installed gem `name`: `locked` when some root has it, else the highest version (the first root's on a tie). */
function findGem(name: string, roots: readonly string[], locked: string | undefined): FoundTheme | undefined {
  let best: { root: string; version: string } | undefined;
  for (const root of roots) {
    for (const entry of listDir(join(root, 'gems'))) {
      if (!entry.startsWith(`${name}-`)) continue;
      const version = entry.slice(name.length + 1);
      if (!/^\d+(\.[0-9A-Za-z]+)*$/.test(version) || !isDir(join(root, 'gems', entry))) continue;
      if (version === locked) return gemTheme(name, root, version);
      if (!best || compareVersions(version, best.version) > 0) best = { root, version };
    }
  }
  return best && gemTheme(name, best.root, best.version);
}

function gemTheme(name: string, root: string, version: string): FoundTheme {
  const dir = join(root, 'gems', `${name}-${version}`);
  // RubyGems keeps the gemspec beside the gems; Debian's packages also keep one inside the gem.
  const spec = [join(root, 'specifications', `${name}-${version}.gemspec`), join(dir, `${name}.gemspec`)].find((p) =>
    existsSync(p),
  );
  return { dir, gem: { version, dependencies: spec ? runtimeDependencies(readFileSync(spec, 'utf8')) : [] } };
}

/**
 * The runtime dependencies an installed gemspec names. RubyGems writes it (Specification#to_ruby)
 * one call a line: `s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])`, or
 * `s.add_dependency(…)` in the branch for older RubyGems; `add_development_dependency` is not
 * needed to run the gem.
 */
export function runtimeDependencies(gemspec: string): string[] {
  const names: string[] = [];
  for (const line of gemspec.split('\n')) {
    const call = /^\s*\w+\.add_(?:runtime_)?dependency[ (]\s*%q<([\w.-]+)>/.exec(line);
    if (call && !names.includes(call[1]!)) names.push(call[1]!);
  }
  return names;
}

/**
 * The version of gem `name` the site's Gemfile.lock pins, if any: a line `    name (1.2.3)` among
 * the specs of its GEM section (four spaces in; six are a spec's own dependencies).
 */
function lockedVersion(source: string, name: string): string | undefined {
  let lock: string;
  try {
    lock = readFileSync(join(source, 'Gemfile.lock'), 'utf8');
  } catch {
    return undefined;
  }
  for (const line of lock.split('\n')) {
    if (!line.startsWith(`    ${name} (`) || !line.endsWith(')')) continue;
    return line.slice(name.length + 6, -1);
  }
  return undefined;
}

/**
 * Orders versions as RubyGems does: segment by segment, numbers as numbers, a missing segment as
 * 0, a segment with letters (a pre-release such as `2.0.0.beta1`) below any number.
 */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? '0';
    const q = y[i] ?? '0';
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? 1 : -1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** The folders a path with `*` segments names, in name order. */
function expand(pattern: string): string[] {
  const parts = pattern.split('/');
  let found = [parts[0] === '' ? '/' : parts[0]!];
  for (const part of parts.slice(1)) {
    if (!part) continue;
    found =
      part === '*'
        ? found.flatMap((dir) =>
            listDir(dir)
              .filter((e) => isDir(join(dir, e)))
              .map((e) => join(dir, e)),
          )
        : found.map((dir) => join(dir, part));
  }
  return found.filter((p) => isDir(p));
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The theme's own `_sass` folder, for the Sass load path. */
export function themeSassDir(themeDir: string | null): string | null {
  return themeDir && isDir(join(themeDir, '_sass')) ? join(themeDir, '_sass') : null;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
