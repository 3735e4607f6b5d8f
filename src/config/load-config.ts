import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isValidTimeZone } from '../shared/dates.js';
import { KilnError } from '../shared/errors.js';
import { fileSystemError } from '../shared/fs-errors.js';
import { decodeUtf8 } from '../shared/utf8.js';
import { parseYaml } from '../shared/yaml.js';
import { DEFAULTS } from './defaults.js';
import { checkDestination } from './destination.js';
import { keyLine } from './key-line.js';
import type { BuildFlags, Config, DefaultsRule, MarkdownConfig } from './types.js';

/** Reads _config.yml and the CLI flags into one complete, frozen Config. */
export function loadConfig(flags: BuildFlags, env: NodeJS.ProcessEnv = process.env): Config {
  const source = resolve(flags.source ?? '.');
  if (!existsSync(source)) throw new KilnError(`source folder does not exist`, flags.source ?? '.');
  // A destination given on the command line is checked before anything is read.
  if (flags.destination) {
    const problem = checkDestination(source, resolve(flags.destination));
    if (problem) throw new KilnError(`--destination ${flags.destination}: ${problem}`);
  }
  const configFile = flags.config ? resolve(flags.config) : join(source, '_config.yml');
  // Errors name the config file as the user sees it from the site's folder.
  const fromSource = relative(source, configFile);
  const configName = fromSource.startsWith('..') ? configFile : fromSource;
  let raw: Record<string, unknown> = {};
  let text = '';
  if (existsSync(configFile)) {
    text = readText(configFile, configName);
    const parsed = parseYaml(text, configName);
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed))
        throw new KilnError('the configuration must be a mapping of keys to values', configName, 1);
      raw = parsed as Record<string, unknown>;
    }
  } else if (flags.config) {
    throw new KilnError('configuration file not found', configName);
  }
  /** A config error at the line of `key` (`kramdown.compat` for a nested one). */
  const fail = (message: string, key: string) => new KilnError(message, configName, keyLine(text, key.split('.')));

  const timezone = str(raw.timezone) ?? DEFAULTS.timezone;
  if (!isValidTimeZone(timezone)) throw fail(`unknown timezone "${timezone}"`, 'timezone');
  const destination = flags.destination
    ? resolve(flags.destination)
    : resolve(source, str(raw.destination) ?? DEFAULTS.destination);
  if (!flags.destination) {
    const problem = checkDestination(source, destination);
    if (problem) throw fail(`destination ${str(raw.destination) ?? DEFAULTS.destination}: ${problem}`, 'destination');
  }
  const paginate = raw.paginate === undefined || raw.paginate === null ? null : Number(raw.paginate);
  if (paginate !== null && !(Number.isInteger(paginate) && paginate > 0)) {
    throw fail(`paginate must be a whole number above 0, not "${String(raw.paginate)}"`, 'paginate');
  }
  const paginatePath = str(raw.paginate_path) ?? DEFAULTS.paginatePath;
  if (!paginatePath.includes(':num'))
    throw fail(
      `paginate_path must contain :num (the page number), as in /page:num, not "${paginatePath}"`,
      'paginate_path',
    );
  const time = timeFromEnv(env);
  const config: Config = {
    source,
    destination,
    configFile,
    url: (str(raw.url) ?? DEFAULTS.url).replace(/\/+$/, ''),
    baseurl: normalizeBaseurl(str(raw.baseurl) ?? DEFAULTS.baseurl),
    timezone,
    permalink: str(raw.permalink) ?? DEFAULTS.permalink,
    paginate,
    paginatePath,
    exclude: list(raw.exclude),
    include: list(raw.include),
    defaults: readDefaults(raw.defaults, fail),
    future: flags.future ?? raw.future === true,
    drafts: flags.drafts ?? raw.show_drafts === true,
    excerptSeparator: str(raw.excerpt_separator) ?? DEFAULTS.excerptSeparator,
    markdown: readMarkdown(raw.kramdown, fail),
    languages: readLanguages(raw.languages, fail),
    time,
    siteData: { ...raw, timezone, time },
  };
  return Object.freeze(config);
}

type Fail = (message: string, key: string) => KilnError;

/** The config file's text; bytes that are no UTF-8 are an error at their line. */
function readText(path: string, name: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fileSystemError(e, name, 'cannot read the configuration');
  }
  return decodeUtf8(bytes, name);
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

/** SOURCE_DATE_EPOCH (reproducible builds: seconds since 1970) when set; anything else in it is an error. */
function timeFromEnv(env: NodeJS.ProcessEnv): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  const seconds = /^\s*(\d{1,15})\s*$/.exec(epoch)?.[1];
  if (seconds === undefined)
    throw new KilnError(`must be a whole number of seconds since 1970-01-01, not "${epoch}"`, 'SOURCE_DATE_EPOCH');
  return Number(seconds) * 1000;
}

function readDefaults(v: unknown, fail: Fail): DefaultsRule[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw fail('defaults must be a list of { scope, values }', 'defaults');
  return v.map((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw fail('each entry of defaults must be a mapping with scope and values', 'defaults');
    const scope = (entry.scope ?? {}) as Record<string, unknown>;
    const values = (entry.values ?? {}) as Record<string, unknown>;
    if (typeof scope !== 'object' || Array.isArray(scope)) throw fail('defaults: scope must be a mapping', 'defaults');
    if (typeof values !== 'object' || Array.isArray(values))
      throw fail('defaults: values must be a mapping', 'defaults');
    return { path: String(scope.path ?? '').replace(/^\/+|\/+$/g, ''), type: str(scope.type), values };
  });
}

function readLanguages(v: unknown, fail: Fail): string[] {
  const langs = list(v);
  for (const l of langs)
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(l))
      throw fail(`languages: "${l}" is not a language code such as en or zh`, 'languages');
  return langs;
}

function readMarkdown(v: unknown, fail: Fail): MarkdownConfig {
  const k = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const compat = k.compat === undefined ? 2 : Number(k.compat);
  if (compat !== 1 && compat !== 2)
    throw fail(`kramdown.compat must be 1 or 2, not "${String(k.compat)}"`, 'kramdown.compat');
  return { compat, tocLevels: readTocLevels(k.toc_levels, fail), autoIds: k.auto_ids !== false };
}

function readTocLevels(v: unknown, fail: Fail): number[] {
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
  throw fail(`kramdown.toc_levels must look like 1..3 or [2, 3], not "${s}"`, 'kramdown.toc_levels');
}
