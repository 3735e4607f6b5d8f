import type { ConfigFail, GithubConfig } from './types.js';
import { describe } from './values.js';

const GITHUB = 'https://github.com';

/**
 * What jekyll-mentions and jekyll-avatar read from the config and the environment. A GitHub
 * Enterprise host (`SSL` and `GITHUB_HOSTNAME`, both set) is the mentions' default base, as in
 * the plugin; `PAGES_AVATARS_URL` replaces the avatars' hosts.
 */
export function readGithub(
  raw: Readonly<Record<string, unknown>>,
  env: NodeJS.ProcessEnv,
  fail: ConfigFail,
): GithubConfig {
  const ssl = env.SSL ?? '';
  const host = env.GITHUB_HOSTNAME ?? '';
  const defaultBase =
    ssl !== '' && host !== '' ? `${ssl === 'true' ? 'https://' : 'http://'}${host.replace(/\/$/, '')}` : GITHUB;
  const base = mentionBase(raw['jekyll-mentions'], defaultBase);
  if (typeof base !== 'string') throw fail(base.problem, 'jekyll-mentions');
  return { mentionsBase: base, defaultMentionsBase: defaultBase, avatarsUrl: env.PAGES_AVATARS_URL ?? '' };
}

/**
 * `jekyll-mentions:` in the config or a page's front matter: nothing (the default), a URL, or a
 * mapping whose `base_url` is one. Anything else is the problem with it.
 */
export function mentionBase(v: unknown, defaultBase: string): string | { problem: string } {
  if (v === undefined || v === null) return defaultBase;
  if (typeof v === 'string') return v;
  const problem = `jekyll-mentions must be a URL or a mapping such as { base_url: ${GITHUB} }, not ${describe(v)}`;
  if (typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return { problem };
  if (!('base_url' in v)) return defaultBase;
  const url = (v as Record<string, unknown>).base_url;
  return typeof url === 'string'
    ? url
    : { problem: `jekyll-mentions.base_url must be a URL such as ${GITHUB}, not ${describe(url)}` };
}
