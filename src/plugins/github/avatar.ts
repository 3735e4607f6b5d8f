import { crc32 } from 'node:zlib';
import { rubyToS } from '../../render/templates/filters/ruby.js';
import type { LiquidTagContext, SimpleTag } from '../../render/templates/tags.js';

/** What an avatar is drawn from: the user, the size as written (`048` stays so) and lazy loading. */
interface Avatar {
  readonly user: string;
  readonly size: string;
  readonly lazy: boolean;
}

/**
 * jekyll-avatar's `{% avatar USER %}` (`size=N`, `user=VARIABLE`, `lazy=true`): the `<img>` of a
 * GitHub user's avatar at 1x to 4x. `host`: `PAGES_AVATARS_URL`, or '' for GitHub's own hosts. In
 * Nunjucks the arguments are expressions: `{% avatar "hubot", size=50 %}`, `{% avatar user=page.author %}`.
 */
export function avatarTag(host: string): SimpleTag {
  return Object.assign(
    (_vars: Readonly<Record<string, unknown>>, args: readonly unknown[]) => {
      const named = (args.find((a) => a && typeof a === 'object' && '__keywords' in a) ?? {}) as Record<
        string,
        unknown
      >;
      const positional = args.filter((a) => a !== named);
      const size = rubyToS(named.size);
      const user = 'user' in named ? rubyToS(named.user) : rubyToS(positional[0]).replace(/^@/, '');
      const lazy = named.lazy === true || named.lazy === 'true';
      return avatarImg({ user, size: /^\d+$/.test(size) ? size : DEFAULT_SIZE, lazy }, host);
    },
    { liquid: (markup: string, context: LiquidTagContext) => avatarImg(readMarkup(markup, context), host) },
  );
}

const DEFAULT_SIZE = '40';

/**
 * The plugin's reading of its markup: `size=` and `user=` from the markup as written, the user
 * and `lazy=true` from it rendered (it may hold `{{ }}`); the first word, less one `@`, is the user.
 */
function readMarkup(markup: string, context: LiquidTagContext): Avatar {
  const size = /\bsize=(\d+)\b/i.exec(markup)?.[1] ?? DEFAULT_SIZE;
  const variable = /\buser=([\w.]+)\b/.exec(markup)?.[1];
  const text = markup.includes('{') ? context.render(markup) : markup;
  let user: string;
  if (variable !== undefined) user = lookupUser(variable, context);
  else {
    const first = text.includes(' ') ? text.split(/[ \t\n\v\f\r]+/).find((w) => w !== '') : text;
    if (first === undefined) throw new Error(`avatar: "${text}" names no user`);
    user = first.replace(/^@/, '');
  }
  return { user, size, lazy: text.includes('lazy=true') };
}

/** `user=page.author`: the variable's value, or its name when it is nil or false (as in the plugin). */
function lookupUser(variable: string, context: LiquidTagContext): string {
  const names = variable.split('.');
  // The plugin reads each step's property: a nil before the last step stops the build.
  for (let i = 1; i < names.length; i++) {
    const before = names.slice(0, i).join('.');
    if (context.value(before) === undefined) throw new Error(`avatar: user=${variable}: ${before} is nil`);
  }
  const value = context.value(variable);
  return value === undefined || value === false ? variable : rubyToS(value);
}

/** The `<img>` the plugin writes (`lazy`: for a lazy loader, the URLs in data-src and data-srcset). */
function avatarImg(avatar: Avatar, host: string): string {
  const { user, size } = avatar;
  const path = (scale: number) => `${user}?v=3&s=${scale === 1 ? size : Number.parseInt(size, 10) * scale}`;
  // GitHub's four avatar hosts, one chosen by the 1x URL's checksum (every scale on the same one).
  const server = crc32(Buffer.from(path(1), 'utf8')) % 4;
  const url = (scale: number) =>
    host === '' ? `https://avatars${server}.githubusercontent.com/${path(scale)}` : joinUrl(host, path(scale));
  const srcset = [1, 2, 3, 4].map((scale) => `${url(scale)} ${scale}x`).join(', ');
  const classes = Number.parseInt(size, 10) < 48 ? 'avatar avatar-small' : 'avatar';
  const sources = avatar.lazy
    ? `src="" data-src="${url(1)}" data-srcset="${srcset}"`
    : `src="${url(1)}" srcset="${srcset}"`;
  return `<img class="${classes}" alt="${user}" width="${size}" height="${size}" data-proofer-ignore="true" ${sources} />`;
}

/** `PAGES_AVATARS_URL` joined with an avatar's path, as a folder (its own query left off). */
function joinUrl(host: string, path: string): string {
  const base = host.replace(/[?#].*$/s, '');
  if (path.startsWith('/')) return (/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? '') + path;
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
