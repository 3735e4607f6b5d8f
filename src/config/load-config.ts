import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isValidTimeZone } from '../shared/dates.js';
import { KilnError } from '../shared/errors.js';
import { parseYaml } from '../shared/yaml.js';
import { DEFAULTS } from './defaults.js';
import type { BuildFlags, Config, DefaultsRule, EntityOutput, JekyllVersion, MarkdownConfig } from './types.js';

/** Reads _config.yml and the CLI flags into one complete, frozen Config. */
export function loadConfig(flags: BuildFlags, env: NodeJS.ProcessEnv = process.env): Config {
  const source = resolve(flags.source ?? '.');
  if (!existsSync(source)) throw new KilnError(`source folder does not exist`, flags.source ?? '.');
  // `--config a.yml,b.yml`: read in order, later files win (mappings merge key by key, as in Jekyll).
  const configFiles = flags.config
    ? flags.config
        .split(',')
        .filter((f) => f.trim())
        .map((f) => resolve(f.trim()))
    : [join(source, '_config.yml')];
  let raw: Record<string, unknown> = {};
  let configName = '_config.yml';
  for (const configFile of configFiles) {
    // Errors name the config file as the user sees it from the site's folder.
    const fromSource = relative(source, configFile);
    configName = fromSource.startsWith('..') ? configFile : fromSource;
    if (existsSync(configFile)) {
      const parsed = parseYaml(readFileSync(configFile, 'utf8'), configName);
      if (parsed !== null && parsed !== undefined) {
        if (typeof parsed !== 'object' || Array.isArray(parsed))
          throw new KilnError('the configuration must be a mapping of keys to values', configName, 1);
        raw = deepMerge(raw, parsed as Record<string, unknown>);
      }
    } else if (flags.config) {
      throw new KilnError('configuration file not found', configName);
    }
  }

  const timezone = str(raw.timezone) ?? DEFAULTS.timezone;
  if (!isValidTimeZone(timezone)) throw new KilnError(`unknown timezone "${timezone}"`, configName);
  const destination = flags.destination
    ? resolve(flags.destination)
    : resolve(source, str(raw.destination) ?? DEFAULTS.destination);
  const paginate = raw.paginate === undefined || raw.paginate === null ? null : Number(raw.paginate);
  if (paginate !== null && !(Number.isInteger(paginate) && paginate > 0)) {
    throw new KilnError(`paginate must be a whole number above 0, not "${String(raw.paginate)}"`, configName);
  }
  const limitPosts = raw.limit_posts === undefined || raw.limit_posts === null ? 0 : Number(raw.limit_posts);
  if (!(Number.isInteger(limitPosts) && limitPosts >= 0))
    throw new KilnError(`limit_posts must be a whole number, 0 or above, not "${String(raw.limit_posts)}"`, configName);
  const time = timeFromEnv(env);
  const jekyllVersion = readJekyllVersion(raw, configName);
  const config: Config = {
    source,
    destination,
    configFiles,
    url: (str(raw.url) ?? DEFAULTS.url).replace(/\/+$/, ''),
    baseurl: normalizeBaseurl(str(raw.baseurl) ?? DEFAULTS.baseurl),
    timezone,
    permalink: str(raw.permalink) ?? DEFAULTS.permalink,
    paginate,
    paginatePath: str(raw.paginate_path) ?? DEFAULTS.paginatePath,
    exclude: list(raw.exclude),
    include: list(raw.include),
    defaults: readDefaults(raw.defaults, configName),
    future: flags.future ?? raw.future === true,
    drafts: flags.drafts ?? raw.show_drafts === true,
    strict: flags.strict ?? raw.strict === true,
    limitPosts: limitPosts || null,
    unpublished: flags.unpublished ?? raw.unpublished === true,
    excerptSeparator: str(raw.excerpt_separator) ?? DEFAULTS.excerptSeparator,
    markdown: readMarkdown(raw.kramdown, jekyllVersion, configName),
    jekyllVersion,
    languages: readLanguages(raw.languages, configName),
    time,
    siteData: { ...raw, timezone, time },
  };
  return Object.freeze(config);
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Jekyll's merge of configuration files: mappings merge key by key, anything else is replaced. */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const before = out[k];
    out[k] = isMapping(before) && isMapping(v) ? deepMerge(before, v) : v;
  }
  return out;
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return String(v);
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function normalizeBaseurl(b: string): string {
  const trimmed = b.replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function timeFromEnv(env: NodeJS.ProcessEnv): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch) * 1000;
  return Date.now();
}

function readDefaults(v: unknown, file: string): DefaultsRule[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new KilnError('defaults must be a list of { scope, values }', file);
  return v.map((entry) => {
    const scope = (entry?.scope ?? {}) as Record<string, unknown>;
    const values = (entry?.values ?? {}) as Record<string, unknown>;
    return { path: String(scope.path ?? '').replace(/^\/+|\/+$/g, ''), type: str(scope.type), values };
  });
}

function readLanguages(v: unknown, file: string): string[] {
  const langs = list(v);
  for (const l of langs)
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(l))
      throw new KilnError(`languages: "${l}" is not a language code such as en or zh`, file);
  return langs;
}

/**
 * `jekyll_version:` says which Jekyll's markup the site expects; without it, a site that names
 * `highlighter: pygments` is taken for a Jekyll 2 site (Jekyll 3 and 4 use Rouge by default).
 */
function readJekyllVersion(raw: Record<string, unknown>, file: string): JekyllVersion {
  if (raw.jekyll_version === undefined || raw.jekyll_version === null)
    return String(raw.highlighter).toLowerCase() === 'pygments' ? 2 : 4;
  const v = Number(String(raw.jekyll_version).split('.')[0]);
  if (v !== 2 && v !== 3 && v !== 4)
    throw new KilnError(`jekyll_version must be 2, 3 or 4, not "${String(raw.jekyll_version)}"`, file);
  return v;
}

const ENTITY_OUTPUT = new Set<string>(['as_char', 'numeric', 'symbolic', 'as_input']);

/** The `kramdown:` block, and the code markup of the site's Jekyll. */
export function readMarkdown(v: unknown, jekyllVersion: JekyllVersion, file: string): MarkdownConfig {
  const k = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const compat = k.compat === undefined ? 2 : Number(k.compat);
  if (compat !== 1 && compat !== 2)
    throw new KilnError(`kramdown.compat must be 1 or 2, not "${String(k.compat)}"`, file);
  // kramdown writes numeric entities for a value it does not know.
  const entity = k.entity_output === undefined || k.entity_output === null ? 'as_char' : String(k.entity_output);
  return {
    compat,
    tocLevels: readTocLevels(k.toc_levels, file),
    autoIds: k.auto_ids !== false,
    entityOutput: (ENTITY_OUTPUT.has(entity) ? entity : 'numeric') as EntityOutput,
    codeMarkup: jekyllVersion === 4 ? 'rouge' : 'pygments',
  };
}

function readTocLevels(v: unknown, file: string): number[] {
  if (v === undefined || v === null) return [...DEFAULTS.tocLevels];
  if (Array.isArray(v)) return v.map(Number).filter((n) => n >= 1 && n <= 6);
  const s = String(v).trim();
  const range = /^(\d)\s*\.\.\s*(\d)$/.exec(s);
  if (range) {
    const out: number[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(n);
    return out;
  }
  if (/^\d(\s*,\s*\d)*$/.test(s)) return s.split(',').map(Number);
  throw new KilnError(`kramdown.toc_levels must look like 1..3 or [2, 3], not "${s}"`, file);
}
