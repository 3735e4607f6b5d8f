import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The gems a site's Gemfile puts in the `jekyll_plugins` group, which Jekyll loads as plugins
 * whether `plugins:` names them or not (it runs `Bundler.require(:jekyll_plugins)` when the site
 * has a Gemfile, unless JEKYLL_NO_BUNDLER_REQUIRE is set). Empty without a Gemfile.
 *
 * A Gemfile is Ruby; this reads the statements Bundler's documentation and `jekyll new` write,
 * one a line: `group :a, :b do` … `end`, `gem "name", …` with `group: :x` or `groups: [:x, :y]`
 * (or `:group => :x`). Any other block (`platforms … do`, `if … end`) is followed only for its
 * `end`; what else it says is not read.
 */
export function gemfilePlugins(source: string, env: NodeJS.ProcessEnv): string[] {
  if (env.JEKYLL_NO_BUNDLER_REQUIRE) return [];
  let text: string;
  try {
    text = readFileSync(join(source, 'Gemfile'), 'utf8');
  } catch {
    return [];
  }
  return jekyllPluginGems(text);
}

const OPENS_BLOCK = /^(?:if|unless|case|begin|while|until)\b|\bdo(?:\s*\|[^|]*\|)?$/;

export function jekyllPluginGems(gemfile: string): string[] {
  /** For each block open, whether it is a group holding jekyll_plugins. */
  const blocks: boolean[] = [];
  const names: string[] = [];
  for (const raw of gemfile.split('\n')) {
    const line = withoutComment(raw).trim();
    if (!line) continue;
    if (line === 'end' || line.startsWith('end ') || line.startsWith('end.')) {
      blocks.pop();
      continue;
    }
    const gem = /^gem\s*\(?\s*(["'])([\w.-]+)\1(.*)$/.exec(line);
    if (gem) {
      const inGroup = blocks.includes(true) || namesGroup(gem[3]!);
      if (inGroup && !names.includes(gem[2]!)) names.push(gem[2]!);
      // `gem … do … end` takes a block too (rare): followed for its `end`.
      if (/\bdo$/.test(line)) blocks.push(false);
      continue;
    }
    if (OPENS_BLOCK.test(line)) blocks.push(/^group\b/.test(line) && namesGroup(line.slice(5)));
  }
  return names;
}

/** Whether a `group` statement's names, or a `gem`'s options, include the jekyll_plugins group. */
function namesGroup(text: string): boolean {
  return /(?:^|[\s,[(])(?::jekyll_plugins|"jekyll_plugins"|'jekyll_plugins')(?=[\s,\])]|$)/.test(
    text.replace(/\bdo$/, ''),
  );
}

/** The line without a `#` comment (a `#` inside quotes is not one). */
function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}
