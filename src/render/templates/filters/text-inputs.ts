import { RubyDate } from '../../../shared/ruby-date.js';
import { isNumeric, isRubyFloat } from '../../../shared/ruby-float.js';
import { rangeText } from './literals.js';
import { rubyInspect, rubyToS } from './ruby.js';
import type { Filter } from './types.js';

/**
 * Jekyll's filters that call a String method on their input fail in Ruby on anything else (and
 * relative_url and absolute_url on a text Addressable cannot read as a URL), and
 * Jekyll stops the build: in a Liquid template kiln fails the same inputs (a site that builds in
 * kiln builds in Jekyll). Values Ruby reads as text (a post's excerpt, a document) pass.
 */

/** What Ruby holds for a template value that is not a text: its class, or undefined for one that may be text. */
function notText(
  v: unknown,
): 'nil' | 'true' | 'false' | 'Integer' | 'Float' | 'Date' | 'Time' | 'Range' | 'Array' | 'Hash' | undefined {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isNumeric(v)) return isRubyFloat(v) ? 'Float' : 'Integer';
  if (v instanceof RubyDate) return 'Date';
  if (v instanceof Date) return 'Time';
  if (Array.isArray(v)) return rangeText(v) === undefined ? 'Array' : 'Range';
  if (typeof v === 'object' && v.constructor === Object) return 'Hash';
  return undefined;
}

/** Ruby's NoMethodError message for a value, as Jekyll prints it (`undefined method 'split' for nil:NilClass`). */
export function noMethod(method: string, v: unknown): Error {
  const kind = notText(v) ?? 'String';
  const receiver =
    kind === 'nil'
      ? 'nil:NilClass'
      : kind === 'true'
        ? 'true:TrueClass'
        : kind === 'false'
          ? 'false:FalseClass'
          : `${rubyInspect(v)}:${kind}`;
  return new Error(`undefined method '${method}' for ${receiver}`);
}

/** Ruby's TypeError of a C method given a non-text (CGI.escape): `no implicit conversion of Integer into String`. */
function noConversion(kind: string): Error {
  return new Error(`no implicit conversion of ${kind} into String`);
}

/**
 * Jekyll's array_to_sentence_string reads `length`, `[0]`, `[1]` and `[0...-1].join` of what it
 * is given: a text's characters make a sentence of two, a hash of one or two keys one of nils.
 */
function sentence(input: unknown, connector: unknown, ofList: Filter): unknown {
  if (typeof input === 'string') {
    const chars = Array.from(input);
    if (chars.length >= 3) throw noMethod('join', chars.slice(0, -1).join(''));
    return ofList(chars, connector);
  }
  const kind = notText(input);
  if (kind === 'Hash') {
    const size = Object.keys(input as object).length;
    if (size >= 3) throw noMethod('join', null);
    return ofList(Array(size).fill(null), connector);
  }
  if (kind !== undefined && kind !== 'Array') throw noMethod('length', input);
  return ofList(input, connector);
}

/**
 * What Addressable's parse fails on, checked in its order: text before the first `:` (and any
 * `/`, `?`, `#`) is a scheme, which must be one; an authority's port (after its last `:`) must be
 * digits; with no scheme, a path may not start with a `:` (it would read as a scheme).
 */
function addressableError(text: string): Error | undefined {
  const [, scheme, authority, path = ''] = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)/.exec(text) ?? [];
  if (scheme !== undefined && !/^[a-z][a-z0-9.+-]*$/i.test(scheme))
    return new Error(`Invalid scheme format: '${scheme}'`);
  const port = authority === undefined ? undefined : /:([^:@[\]]*?)$/.exec(authority)?.[1];
  if (port && !/^\d+$/.test(port)) return new Error(`Invalid port number: ${rubyInspect(port)}`);
  if (scheme === undefined && path.startsWith(':'))
    return new Error(`Cannot assemble URI string with ambiguous path: '${path}'`);
  return undefined;
}

/** `filters` with the String-only ones failing on other input as in Ruby (Liquid templates only). */
export function withTextInputs(filters: Record<string, Filter>, own: ReadonlySet<string>): Record<string, Filter> {
  const out = { ...filters };
  const guard = (name: string, check: (input: unknown) => void) => {
    const fn = filters[name];
    if (!fn || own.has(name)) return;
    out[name] = function (this: unknown, input: unknown, ...args: unknown[]) {
      check(input);
      return fn.call(this, input, ...args);
    };
  };
  guard('number_of_words', (input) => {
    if (notText(input)) throw noMethod('split', input);
  });
  // nil gives nil; anything else but a text has no gsub (nor downcase).
  guard('slugify', (input) => {
    const kind = notText(input);
    if (kind && kind !== 'nil') throw noMethod('gsub', input);
  });
  guard('cgi_escape', (input) => {
    const kind = notText(input);
    if (kind) throw noConversion(kind);
  });
  // Addressable's normalize_component: nil is nil, anything else but a text a TypeError.
  guard('uri_escape', (input) => {
    const kind = notText(input);
    if (kind && kind !== 'nil')
      throw new Error(
        `Can't convert ${kind === 'true' ? 'TrueClass' : kind === 'false' ? 'FalseClass' : kind} into String.`,
      );
  });
  // SassC's Engine asks its text whether it is empty.
  for (const name of ['scssify', 'sassify'])
    guard(name, (input) => {
      if (notText(input)) throw noMethod('empty?', input);
    });
  // Ruby's to_i: nil, texts, numbers and times have it; a list or hash does not.
  guard('to_integer', (input) => {
    const kind = notText(input);
    if (kind === 'Array' || kind === 'Range' || kind === 'Hash') throw noMethod('to_i', input);
  });
  // Both parse their input with Addressable first, which fails on some texts.
  for (const name of ['relative_url', 'absolute_url'])
    guard(name, (input) => {
      const url = typeof input === 'object' && input !== null && 'url' in input ? input.url : input;
      const error = addressableError(rubyToS(url));
      if (error) throw error;
    });
  const ofList = filters.array_to_sentence_string;
  if (ofList && !own.has('array_to_sentence_string'))
    out.array_to_sentence_string = (input: unknown, connector: unknown = 'and') => sentence(input, connector, ofList);
  return out;
}
