import yaml from 'js-yaml';
import { KilnError } from './errors.js';
import { lineSeparators, unicodeBreaksAsLineFeeds } from './yaml-breaks.js';
import { withRubyKeys } from './yaml-keys.js';
import { mergeKeys } from './yaml-merge.js';
import { RUBY_SCALARS, RUBY_SCALARS_FLOATS, rubyTagTypes, rubyTimeType } from './yaml-ruby.js';

// Plain scalars as Ruby's Psych reads them (yaml-ruby.ts); timestamps stay strings so that dates
// follow Jekyll's zone rules (dates.ts). `<<` is text to the schema: merge keys are applied as
// Psych applies them by a load listener (yaml-merge.ts).
const SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: RUBY_SCALARS,
  explicit: rubyTagTypes((text) => resolvePlainScalar(text), false),
});
// A Liquid site's, per time zone: a whole float is a RubyFloat (shared/ruby-float.ts), which
// Liquid prints as Ruby does, a date a RubyDate, a timestamp a time (yaml-ruby.ts).
const liquidSchemas = new Map<string, { schema: yaml.Schema; implicit: readonly yaml.Type[] }>();
function liquidSchema(timeZone: string) {
  let made = liquidSchemas.get(timeZone);
  if (!made) {
    const schema = yaml.FAILSAFE_SCHEMA.extend({
      implicit: [...RUBY_SCALARS_FLOATS, rubyTimeType(timeZone)],
      explicit: rubyTagTypes((text) => resolvePlainScalar(text, true, timeZone), true),
    });
    made = { schema, implicit: implicitOf(schema) };
    liquidSchemas.set(timeZone, made);
  }
  return made;
}
// The types a plain scalar is tried as, in order (the schema's own list).
function implicitOf(schema: yaml.Schema): readonly yaml.Type[] {
  return (schema as unknown as { compiledImplicit: readonly yaml.Type[] }).compiledImplicit;
}
const IMPLICIT = implicitOf(SCHEMA);

/**
 * A plain (unquoted) scalar's value as `parseYaml` reads it: null, a boolean, a number, or the
 * text; with `wholeFloats` (a Liquid site's values) a whole float such as `2.0` is a RubyFloat, a
 * date a RubyDate and a timestamp a time shown in `timeZone`.
 */
export function resolvePlainScalar(text: string, wholeFloats = false, timeZone = 'UTC'): unknown {
  for (const type of wholeFloats ? liquidSchema(timeZone).implicit : IMPLICIT)
    if (type.resolve(text)) return type.construct(text);
  return text;
}

// The first characters of a plain scalar that YAML may read as other than text: null (`~`, `null`),
// booleans (`true`, `False`, `yes`, `On`, `off`) and numbers (`-1`, `+2`, `.5`, `.inf`, `0x1F`).
// A scalar that starts with anything else is text, without trying the types on it.
const MAY_BE_TYPED = new Uint8Array(128);
for (const c of '~nNtTfFyYoO-+.0123456789') MAY_BE_TYPED[c.charCodeAt(0)] = 1;

/** A plain scalar's value, as resolvePlainScalar gives it, with text that cannot be typed told at its first character. */
export function plainScalar(text: string, wholeFloats = false, timeZone = 'UTC'): unknown {
  const c = text.charCodeAt(0);
  return c < 128 && MAY_BE_TYPED[c] === 1 ? resolvePlainScalar(text, wholeFloats, timeZone) : text;
}

/** A value written as YAML text (a kramdown option's, say), or undefined when the text is no YAML. */
export function yamlValue(text: string): { value: unknown } | undefined {
  try {
    return { value: yaml.load(text, { schema: SCHEMA, json: true, listener: mergeKeys() }) };
  } catch {
    return undefined;
  }
}

/**
 * Parses YAML as Jekyll reads it: the first document of several. `json: true` makes a repeated key keep its last value, as
 * Ruby's Psych does. Errors name `file` and the line, shifted by `firstLine - 1`. With
 * `wholeFloats` (a Liquid site's values) a whole float such as `2.0` is a RubyFloat, a date a
 * RubyDate and a timestamp a time shown in `timeZone`.
 */
export function parseYaml(
  yamlText: string,
  file: string,
  firstLine = 1,
  wholeFloats = false,
  timeZone = 'UTC',
): unknown {
  const source = unicodeBreaksAsLineFeeds(yamlText);
  try {
    const schema = wholeFloats ? liquidSchema(timeZone).schema : SCHEMA;
    const tags = nonSpecificTag(wholeFloats, timeZone);
    const listener = source.includes('&') ? withAnchorNames(tags, source, file, firstLine) : tags;
    const { value, text } = loadFirstDocument(source, schema, file, lineSeparators(yamlText, listener));
    if (text.includes('*') && expandedSize(value, LIMIT(text)) > LIMIT(text))
      throw new KilnError(
        'its aliases (*name) expand to more values than a file can reasonably mean (a "billion laughs"); write the values out',
        file,
        firstLine +
          Math.max(
            0,
            text.split('\n').findIndex((l) => /(?:^|[\s[{,])\*[^\s,\]}]/.test(l)),
          ),
      );
    return withRubyKeys(
      value,
      (key) => mayBeTyped(key, wholeFloats, timeZone),
      (mark) => readMarked(text, schema, mark),
    );
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const line = e.mark ? e.mark.line + firstLine : undefined;
      throw new KilnError(`invalid YAML: ${e.reason}`, file, line, { cause: e });
    }
    throw e;
  }
}

/**
 * The first document of `text` and the text it was read from. Ruby's Psych (Jekyll's reader)
 * stops at the end of the first document, so what follows a second `---` or a `...` is never
 * read, even when it is no YAML; js-yaml reads every document and rejects a stream of several.
 */
function loadFirstDocument(
  text: string,
  schema: yaml.Schema,
  file: string,
  listener: (event: yaml.EventType, state: yaml.State) => void,
): { value: unknown; text: string } {
  try {
    return {
      value: yaml.load(text, { schema, json: true, filename: file, listener: mergeKeys(listener) }),
      text,
    };
  } catch (e) {
    const end = e instanceof yaml.YAMLException ? firstDocumentEnd(text, schema) : undefined;
    if (end === undefined) throw e;
    const first = text.slice(0, end);
    return {
      value: yaml.load(first, { schema, json: true, filename: file, listener: mergeKeys(listener) }),
      text: first,
    };
  }
}

// Blank and comment lines, then a document marker (`---` or `...` that starts a line).
const NEXT_DOCUMENT = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*(?:---|\.\.\.)(?:[ \t\r\n]|$)/;

/**
 * Where the first document's root node ends, when Psych stops there; undefined when the first
 * document itself is no YAML or nothing but its end follows.
 */
function firstDocumentEnd(text: string, schema: yaml.Schema): number | undefined {
  const stop = new Error('first document read');
  let depth = 0;
  let start: RootStart | undefined;
  let end: number | undefined;
  try {
    yaml.load(text, {
      schema,
      json: true,
      listener(event, state) {
        const { position, lineStart, kind } = state as unknown as NodeState & { position: number; lineStart: number };
        if (event === 'open' && depth === 0) start = { at: position, column: position - lineStart, block: false };
        depth += event === 'open' ? 1 : -1;
        if (depth === 0 && start) {
          start.block = kind === 'mapping' || kind === 'sequence';
          end = position;
          throw stop;
        }
      },
    });
  } catch (e) {
    if (e !== stop) return undefined;
  }
  if (end === undefined || start === undefined) return undefined;
  return NEXT_DOCUMENT.test(text.slice(end)) || rootClosed(text, start, end) ? end : undefined;
}

/** Where the root node starts (its offset and column), and whether it is a collection. */
interface RootStart {
  at: number;
  column: number;
  block: boolean;
}

/**
 * Whether Psych, which returns the first document as soon as the token after its root node is
 * read, ends that node where js-yaml's reading of it ended (`end`) and reads what follows without
 * error: after a flow collection, a quoted or block scalar (`{"a":1}` then `{"b":2}`, a JSON Lines
 * file), or after a block collection that starts indented when a line less indented follows (`  a:
 * 1` then `b: 2`). What follows is never read, so it may be anything a token may start with.
 */
function rootClosed(text: string, start: RootStart, end: number): boolean {
  let at = end;
  for (;;) {
    while (at < text.length && ' \t\r\n'.includes(text.charAt(at))) at++;
    if (text.charAt(at) !== '#') break;
    while (at < text.length && text.charAt(at) !== '\n') at++;
  }
  const first = text.charAt(at);
  const indent = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  // Characters no token starts with, a tab in the indentation, a quoted scalar never closed.
  if (first === '' || '@`%'.includes(first) || (/^\s*$/.test(indent) && indent.includes('\t'))) return false;
  if ((first === '"' || first === "'") && !text.includes(first, at + 1)) return false;
  if ('{["\'|>'.includes(text.charAt(start.at))) return true;
  // A block collection's line starts at or before its column; a plain scalar goes on over lines.
  return start.block && /^ *$/.test(indent) && indent.length < start.column;
}

/**
 * A load listener for YAML's non-specific tag `!`, which old Psych wrote before text (`! 'Yes'`):
 * Psych reads the scalar as if it were plain and untagged (`! 'Yes'` is true, `! '0'` is 0),
 * where js-yaml keeps the text and, as it gives this tag to no type, leaves it to a listener.
 */
function nonSpecificTag(wholeFloats: boolean, timeZone: string): (event: yaml.EventType, state: yaml.State) => void {
  return (event, state) => {
    const node = state as unknown as NodeState;
    if (event !== 'close' || node.tag !== '!' || node.kind !== 'scalar') return;
    node.result = resolvePlainScalar(String(node.result), wholeFloats, timeZone);
    // Its anchor was set to the text before this listener heard of it.
    if (node.anchor !== null) node.anchorMap[node.anchor] = node.result;
  };
}

// The characters of an anchor's name to libyaml; js-yaml takes any but blanks and flow indicators.
const ANCHOR_NAME = /^[0-9A-Za-z_-]+$/;

/**
 * `listener`, and an error at a node whose anchor libyaml would not read (`&a.b`, `&ü`): Psych
 * fails on such YAML, which Jekyll then cannot read.
 */
function withAnchorNames(
  listener: (event: yaml.EventType, state: yaml.State) => void,
  text: string,
  file: string,
  firstLine: number,
): (event: yaml.EventType, state: yaml.State) => void {
  return (event, state) => {
    listener(event, state);
    const { anchor } = state as unknown as NodeState;
    if (event !== 'close' || anchor === null || ANCHOR_NAME.test(anchor)) return;
    const line = text.slice(0, Math.max(0, text.indexOf(`&${anchor}`))).split('\n').length;
    throw new KilnError(
      `invalid YAML: an anchor's name may hold only ASCII letters, digits, '-' and '_' (&${anchor})`,
      file,
      line + firstLine - 1,
    );
  };
}

/** What js-yaml's loader state holds of the node just read. */
interface NodeState {
  tag: string | null;
  kind: string | null;
  anchor: string | null;
  result: unknown;
  anchorMap: Record<string, unknown>;
}

/**
 * `value`, JSON.parse's reading of `text`, with each object's keys in the text's order where
 * JavaScript's differs (keys that are whole numbers), as Ruby keeps them.
 */
export function jsonKeysInOrder(value: unknown, text: string): unknown {
  try {
    return withRubyKeys(
      value,
      (key) => INDEX_KEY.test(key),
      (mark) => readMarked(text, yaml.FAILSAFE_SCHEMA, mark),
    );
  } catch {
    return value; // JSON that YAML does not read (rare): in JavaScript's order
  }
}

// A key JavaScript lists first: a whole number without leading zeros.
const INDEX_KEY = /^(?:0|[1-9][0-9]{0,8})$/;

/**
 * `text` read as YAML with every scalar replaced by what `mark` returns for it, but `<<`, which
 * stays to be read as a merge key (its marked keys keep the order Psych merges them in).
 */
function readMarked(text: string, schema: yaml.Schema, mark: (scalar: unknown) => string): unknown {
  return yaml.load(text, {
    schema,
    json: true,
    listener: mergeKeys((event, state) => {
      const read = state as unknown as { result: unknown };
      // Scalars are also the objects a date, a time or a whole float is read as, not lists or mappings.
      if (event === 'close' && isScalar(read.result) && read.result !== '<<') read.result = mark(read.result);
    }),
  });
}

/** Whether a value YAML read is a scalar: not a list or a mapping (a date is an object too). */
function isScalar(v: unknown): boolean {
  return typeof v !== 'object' || v === null || (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype);
}

/** Whether a mapping's key (as JavaScript keeps it, text) may have been a number, nil, a boolean or a date. */
function mayBeTyped(key: string, wholeFloats: boolean, timeZone: string): boolean {
  return typeof plainScalar(key, wholeFloats, timeZone) !== 'string';
}

// An alias is a reference, cheap to parse but multiplied by everything that walks the value
// (printing it, fingerprinting it in watch). Far above what real files expand to.
const LIMIT = (text: string) => Math.max(100_000, 20 * text.length);

/** How many values `value` has with every alias written out, counted up to `limit`; linear in the distinct values. */
function expandedSize(value: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const size = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    sizes.set(v, limit + 1); // a cycle counts as too large
    let n = 1;
    for (const child of Object.values(v)) {
      n += size(child);
      if (n > limit) break;
    }
    sizes.set(v, Math.min(n, limit + 1));
    return Math.min(n, limit + 1);
  };
  return size(value);
}

// A top-level key whose value is a date with a time of day (a post's `date` is the model's own).
const TIMESTAMP_LINE = /^(?!date\s*:)[^\s#][^:\n]*:[ \t]+\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d/m;
const PAGE_DATE_LINE = /^date\s*:[ \t]+\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d/m;

/**
 * The top-level keys of front matter whose values YAML reads as timestamps with a time of day
 * (unquoted `2021-03-04 05:06:07`), which kiln's own reading keeps as text. `date` counts only
 * where `withDate` says so (a page's; a post's date is the model's).
 */
export function timestampKeys(text: string, withDate = true): string[] {
  if (!TIMESTAMP_LINE.test(text) && !(withDate && PAGE_DATE_LINE.test(text))) return [];
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.DEFAULT_SCHEMA, json: true });
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value)
    .filter(([key, v]) => v instanceof Date && (withDate || key !== 'date'))
    .map(([key]) => key);
}
