import yaml from 'js-yaml';
import { RubyDate, yamlDate } from './ruby-date.js';
import { RubyFloat, toFloat } from './ruby-float.js';
import { rubyFloat } from './ruby-numbers.js';
import { SiteDate } from './site-date.js';

// The plain scalars Ruby's Psych (YAML 1.1, as Jekyll 4.3.1 reads front matter, _config.yml and
// _data) turns into something other than text, for js-yaml: `yes`/`no`/`on`/`off` in any case
// are booleans (`published: no` leaves a post out), `0042` is octal, `1,000` and `1_000` are
// numbers, `1:30` is base 60, a float needs its dot and a signed exponent (`1.5e3` stays text).
// Checked against Psych: test/unit/shared/yaml-ruby.test.ts.

const TRUE = /^(?:yes|true|on)$/i;
const FALSE = /^(?:no|false|off)$/i;

const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || data === '' || data === '~' || /^null$/i.test(data),
  construct: () => null,
  predicate: (v: unknown) => v === null,
  represent: () => 'null',
});

const boolType = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (TRUE.test(data) || FALSE.test(data)),
  construct: (data: string) => TRUE.test(data),
  predicate: (v: unknown) => typeof v === 'boolean',
  represent: (v: object) => String(v),
});

// Psych's integers: binary, octal (a leading 0), decimal, hexadecimal, `,` and `_` between digits.
const INTEGER = /^[-+]?(?:0b[01_,]+|0[0-7_,]+|0|[1-9](?:[0-9]|,[0-9]|_[0-9])*|0x[0-9a-fA-F_,]+)$/;
// Base 60: `1:30` is 1×60² + 30×60, `1:30:15` adds 15.
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const FLOAT = /^[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Ruby's `to_i`/`to_f` of each `:` part, weighted 60² for the first, 60 for the next, 1 for a third. */
function sexagesimal(text: string): number {
  return text.split(':').reduce((sum, part, i) => sum + Number(part.replace(/_/g, '')) * 60 ** Math.abs(i - 2), 0);
}

/** Ruby's `Integer()` of the text without `,` and `_` (no integer is -0 in Ruby). */
function integer(text: string): number {
  return signedInteger(text) || 0;
}

function signedInteger(text: string): number {
  const plain = text.replace(/[,_]/g, '');
  const sign = plain.startsWith('-') ? -1 : 1;
  const digits = plain.replace(/^[-+]/, '');
  if (digits.startsWith('0b')) return sign * Number.parseInt(digits.slice(2), 2);
  if (digits.startsWith('0x')) return sign * Number.parseInt(digits.slice(2), 16);
  if (digits.length > 1 && digits.startsWith('0')) return sign * Number.parseInt(digits.slice(1), 8);
  return sign * Number(digits);
}

const intType = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null &&
    ((INTEGER.test(data) && /[0-9a-fA-F]/.test(data.replace(/^[-+]?0[bx]/, ''))) || SEXAGESIMAL.test(data)),
  construct: (data: string) => (data.includes(':') ? sexagesimal(data) : integer(data)),
  predicate: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  represent: (v: object) => String(v),
});

/** A float's number: `.inf`, `.nan`, base 60, `,` and `_` between digits. */
function float(data: string): number {
  if (/inf$/i.test(data)) return data.startsWith('-') ? -Infinity : Infinity;
  if (/nan$/i.test(data)) return Number.NaN;
  if (data.includes(':')) return sexagesimal(data);
  return Number(data.replace(/[,_]/g, ''));
}

const resolveFloat = (data: string | null) =>
  data !== null &&
  ((FLOAT.test(data) && !/^[-+]?\.$/.test(data)) || SPECIAL_FLOAT.test(data) || SEXAGESIMAL_FLOAT.test(data));

const floatType = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: resolveFloat,
  construct: float,
  predicate: (v: unknown) => typeof v === 'number',
  represent: (v: object) => String(v),
});

// The same for a Liquid site, where a whole float stays a Float (`2.0` prints as `2.0`).
const rubyFloatType = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: resolveFloat,
  construct: (data: string) => toFloat(float(data)),
  predicate: (v: unknown) => typeof v === 'number' || v instanceof RubyFloat,
  represent: (v: object) => String(v),
});

// A Liquid site's: an unquoted `2024-05-14` is a RubyDate (shared/ruby-date.ts), as Psych's Date.
// (A tag of its own: js-yaml keeps one type per tag, and timestamps have YAML's.)
const dateType = new yaml.Type('tag:kiln:ruby-date', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && yamlDate(data) !== null,
  construct: (data: string) => yamlDate(data),
  instanceOf: RubyDate,
  represent: (v: object) => String(v),
});

/** The implicit scalar types, in the order they are tried: whole floats as numbers and dates as text (Nunjucks sites). */
export const RUBY_SCALARS: yaml.Type[] = [nullType, boolType, intType, floatType];
/** The same with whole floats as RubyFloat and dates as RubyDate (Liquid sites). */
export const RUBY_SCALARS_FLOATS: yaml.Type[] = [nullType, boolType, dateType, intType, rubyFloatType];

// Psych's timestamp: a date, `T` or blanks, a time of day with seconds, a fraction, a zone.
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d{1,2}):?(\d\d)?))?$/;

/** A timestamp as Psych makes it: null where Ruby's Time refuses its fields (it is text then). */
function rubyTime(text: string, timeZone: string): SiteDate | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  // Ruby's Time.utc takes any day to 31 and rolls it over (`2024-06-31 18:00` is July 1st).
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 24 || mi! > 59 || s! > 60) return null;
  const at = new Date(0);
  at.setUTCFullYear(y!, mo! - 1, d!);
  at.setUTCHours(h!, mi!, s!, 0);
  // Microseconds, as Ruby keeps them; a Date holds milliseconds.
  const ms = at.getTime() + Math.floor(Number(`0.${m[7] || '0'}`) * 1000);
  // No zone: that time in UTC, shown in the site's zone; `Z`: UTC itself; else at that offset.
  if (m[8] === undefined) return new SiteDate(ms, timeZone);
  if (m[8] === 'Z') return new SiteDate(ms, 'UTC', true);
  const minutes = Number(m[10]) * 60 + Number(m[11] ?? 0);
  const offset = m[9] === '-' ? -minutes : minutes;
  return new SiteDate(ms - offset * 60000, { offsetMinutes: offset });
}

/** A Liquid site's timestamps (`2024-03-05 10:00:00`) as Ruby's Time, shown in `timeZone` unless they give a zone. */
export function rubyTimeType(timeZone: string): yaml.Type {
  return new yaml.Type('tag:yaml.org,2002:timestamp', {
    kind: 'scalar',
    resolve: (data: string | null) => data !== null && rubyTime(data, timeZone) !== null,
    construct: (data: string) => rubyTime(data, timeZone),
    instanceOf: SiteDate,
    represent: (v: object) => String(v),
  });
}

/** Psych's `!!float TEXT`: Float() of what the text reads as (`!!float 1` is 1.0, `0x1F` 31.0, `1e3` 1000.0). */
function taggedFloat(text: string): number | undefined {
  if (intType.resolve(text)) return intType.construct(text) as number;
  if (resolveFloat(text)) return float(text);
  return rubyFloat(text);
}

const CORE = 'tag:yaml.org,2002:';

/** A tag's name: `foo` for the local `!foo` and YAML's `!!foo`; other tags whole. */
function tagName(tag: string): string {
  return tag.startsWith('!') ? tag.slice(1) : tag.startsWith(CORE) ? tag.slice(CORE.length) : tag;
}

/**
 * A tagged scalar as Psych (Jekyll's YAML reader) takes it, `tokenize` being its reading of an
 * untagged one: `!binary`/`!!binary` is base64 (old jekyll-import wrote `title: !binary |-`), the
 * text tags are text, `!float` a Float, and any other tag (`!foo`, `!!python/str`, `!date`,
 * `!!int`) is read as if it were not there, quoted or not (`!foo '12'` is 12). Ruby's object tags
 * (`!ruby/…`), whose classes Jekyll's safe load refuses, give undefined, as `!float x` does.
 */
function taggedScalar(text: string, tag: string, tokenize: (text: string) => unknown, liquid: boolean): unknown {
  const name = tagName(tag);
  if (name === 'binary') return Buffer.from(text, 'base64').toString('utf8');
  if (name === 'str' || tag === '!ruby/string') return text;
  if (name === 'float') {
    const value = taggedFloat(text);
    return value === undefined || !liquid ? value : toFloat(value);
  }
  return tag.startsWith('!ruby/') ? undefined : tokenize(text);
}

/** Psych's `!!omap [a: 1, b: 2]`: a mapping of each pair's first key to its last value. */
function orderedMap(pairs: unknown): Record<string, unknown> | undefined {
  const map: Record<string, unknown> = {};
  for (const pair of pairs as unknown[]) {
    if (typeof pair !== 'object' || pair === null || Array.isArray(pair)) return undefined;
    const keys = Object.keys(pair);
    if (!keys.length) return undefined;
    map[keys[0]!] = (pair as Record<string, unknown>)[keys.at(-1)!];
  }
  return map;
}

const isOmap = (tag: string) => tag === '!omap' || tag === `${CORE}omap`;
// The collection tags whose Ruby classes Jekyll's safe load refuses (`!ruby/struct:X`, `!seq:X`,
// `!!set`); any other tag on a list or a mapping changes nothing.
const REFUSED_SEQUENCE = /^!(?:ruby\/|seq:)/;
const REFUSED_MAPPING = /^(?:!(?:ruby\/|map:|str(?::|$))|!set$|!omap$|tag:yaml\.org,2002:(?:set|omap)$)/;

/**
 * Types for the tags Psych reads, where js-yaml refuses every tag it does not know: any tag on a
 * scalar, a list or a mapping (the empty tag is a prefix of all), and YAML's own scalar tags, which
 * Psych reads as if untagged (`!!int x` is "x") but for `!!float`. `tokenize` reads a scalar as
 * untagged; `liquid` makes a whole float a RubyFloat.
 */
export function rubyTagTypes(tokenize: (text: string) => unknown, liquid: boolean): yaml.Type[] {
  const scalar = (tag: string, multi: boolean) =>
    new yaml.Type(tag, {
      kind: 'scalar',
      multi,
      resolve: withTag((data, full = tag) => taggedScalar(String(data ?? ''), full, tokenize, liquid) !== undefined),
      construct: (data: string | null, full = tag) => taggedScalar(data ?? '', full, tokenize, liquid),
    });
  return [
    // The scalar first: an empty node (`a: !foo`) takes the first type its tag matches.
    scalar('', true),
    ...['null', 'bool', 'int', 'float', 'timestamp'].map((name) => scalar(CORE + name, false)),
    new yaml.Type('', {
      kind: 'sequence',
      multi: true,
      resolve: withTag(
        (data, full) => !REFUSED_SEQUENCE.test(full!) && (!isOmap(full!) || orderedMap(data) !== undefined),
      ),
      construct: (data: unknown, full?: string) => (isOmap(full!) ? orderedMap(data) : data),
    }),
    new yaml.Type('', { kind: 'mapping', multi: true, resolve: withTag((_, full) => !REFUSED_MAPPING.test(full!)) }),
  ];
}

/** A resolve that reads the node's tag: js-yaml passes it after the data (its type definitions leave it out). */
function withTag(resolve: (data: unknown, tag?: string) => boolean): (data: unknown) => boolean {
  return resolve;
}
