import { rubyDowncase, rubySplit, rubyStrip } from '../../../shared/ruby-text.js';
import { addressableNfkc } from './addressable-nfkc.js';
import { punycode } from './punycode.js';

// URI normalisation as Jekyll's URL filters get it from Ruby's Addressable (checked against Jekyll
// 4.3.1: test/jekyll-oracle/sites/filter-url-normalize). Each component keeps the characters it may
// hold, writes every other one as `%XX` (upper-case hex, UTF-8 bytes), and decodes a `%XX` whose
// character it may hold as it is, unless that would change what the component means.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UNRESERVED = `${ALNUM}-._~`;
const SUB_DELIMS = "!$&'()*+,;=";

/** The characters of a class, as a lookup by character code. */
function charClass(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

interface Component {
  /** Characters written as they are. */
  readonly keeps: Uint8Array;
  /** Characters a `%XX` is decoded to (the others stay encoded). */
  readonly decodes: Uint8Array;
}

const component = (keeps: string, stayEncoded = ''): Component => {
  const k = charClass(keeps);
  const d = k.slice();
  for (const c of stayEncoded) d[c.charCodeAt(0)] = 0;
  return { keeps: k, decodes: d };
};

/** uri_escape: every reserved and unreserved character (Addressable's normalize_component). */
const ANY = component(`${UNRESERVED}:/?#[]@${SUB_DELIMS}`);
/** A path's segment: a `/` in one is `%2F`. */
const SEGMENT = component(`${UNRESERVED}${SUB_DELIMS}:@`);
/** One `&`-separated part of a query: an encoded `&` or `+` stays encoded. */
const QUERY = component(`${UNRESERVED}${SUB_DELIMS}:@/?`, '&+');
const FRAGMENT = component(`${UNRESERVED}${SUB_DELIMS}:@/?`);
const HOST = component(`${UNRESERVED}${SUB_DELIMS}[:]`);
const USERINFO = component(UNRESERVED);

const HEX = '0123456789ABCDEF';
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const encodeByte = (b: number) => `%${HEX[b >> 4]}${HEX[b & 15]}`;

// Text that may hold characters NFKC changes: a non-ASCII one, or the `%XX` of a byte past ASCII.
const MAY_COMPOSE = /[^\0-\x7f]|%[89A-Fa-f][0-9A-Fa-f]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Addressable reads a component's `%XX` as the bytes they stand for and puts the text in Unicode's
 * NFKC (its own, older: addressable-nfkc.ts) before it encodes it again (`…` is `...`, `ﬁ` is
 * `fi`); text whose bytes are no UTF-8 it leaves. The `%XX` of an ASCII character is left for
 * normalizeComponent, which decodes the same.
 */
function compatibilityComposed(s: string): string {
  if (!MAY_COMPOSE.test(s)) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      const byte = Number.parseInt(s.slice(i + 1, i + 3), 16);
      if (byte >= 128) {
        bytes.push(byte);
        i += 2;
        continue;
      }
    }
    if (c < 128) bytes.push(c);
    else {
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      if (ch.length === 2) i++;
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  try {
    return addressableNfkc(utf8.decode(Uint8Array.from(bytes)));
  } catch {
    return s;
  }
}

function normalizeComponent(raw: string, part: Component): string {
  const s = compatibilityComposed(raw);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      const byte = Number.parseInt(s.slice(i + 1, i + 3), 16);
      out += byte < 128 && part.decodes[byte] ? String.fromCharCode(byte) : encodeByte(byte);
      i += 2;
    } else if (c < 128 && part.keeps[c]) out += s[i];
    else {
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      if (ch.length === 2) i++;
      for (const b of Buffer.from(ch, 'utf8')) out += encodeByte(b);
    }
  }
  return out;
}

// Most URLs hold nothing to rewrite: a test is quicker than a rewrite that changes nothing.
const PLAIN_ANY = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]*$/;

/** Jekyll's uri_escape: `%XX` of what a URI cannot hold; reserved characters kept, encoded ones decoded. */
export function uriEscape(s: string): string {
  return PLAIN_ANY.test(s) ? s : normalizeComponent(s, ANY);
}

/** RFC 3986's remove_dot_segments (section 5.2.4): `.` and `..` segments of a path resolved. */
function removeDotSegments(path: string): string {
  if (!path.includes('.')) return path;
  let input = path;
  let out = '';
  const dropLastSegment = () => {
    out = out.slice(0, Math.max(0, out.lastIndexOf('/')));
  };
  while (input) {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./') || input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../')) {
      input = input.slice(3);
      dropLastSegment();
    } else if (input === '/..') {
      input = '/';
      dropLastSegment();
    } else if (input === '.' || input === '..') input = '';
    else {
      const end = input.indexOf('/', 1);
      const segment = end < 0 ? input : input.slice(0, end);
      out += segment;
      input = input.slice(segment.length);
    }
  }
  return out;
}

// What most URLs are, and normalising leaves as it is: a lower-case scheme and host, a path of
// characters it may hold, no dot segment (checked apart), no query or fragment; a host without a
// trailing dot (which normalising drops).
const PLAIN_URI = /^(?:[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]*[a-z0-9-])?\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;

const SLASH_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'tftp']);

// The ports Addressable leaves out as their scheme's own.
const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443', ftp: '21' };

/**
 * Addressable's normalized authority: user and password with their `%XX` decoded where it may
 * (an empty pair dropped), the host as normalizeHost makes it, and no port where it is the
 * scheme's default (or empty).
 */
function normalizeAuthority(authority: string, scheme: string | undefined): string {
  const at = authority.lastIndexOf('@');
  const m = /^(.*?)(?::(\d*))?$/s.exec(authority.slice(at + 1))!;
  const port = m[2];
  const host = normalizeHost(m[1]!);
  const withPort =
    port === undefined || port === '' || (scheme && DEFAULT_PORTS[scheme] === port) ? host : `${host}:${port}`;
  return at < 0 ? withPort : normalizeUserinfo(authority.slice(0, at), scheme) + withPort;
}

function normalizeUserinfo(userinfo: string, scheme: string | undefined): string {
  const colon = userinfo.indexOf(':');
  const user = rubyStrip(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? undefined : rubyStrip(userinfo.slice(colon + 1));
  if (!user && !password && (scheme === 'http' || scheme === 'https')) return '';
  const out = normalizeComponent(user, USERINFO);
  return `${password === undefined ? out : `${out}:${normalizeComponent(password, USERINFO)}`}@`;
}

/**
 * Addressable's normalized host: in lower case, its `%XX` decoded, each dot-separated label with
 * characters past ASCII written as `xn--` and the Punycode of its NFKC (`café` and `caf%C3%A9` are
 * `xn--caf-dma`), no single trailing dot, and what a host may not hold encoded again.
 */
function normalizeHost(raw: string): string {
  const lower = rubyDowncase(rubyStrip(raw));
  if (!lower) return '';
  let host = lower;
  const bytes = percentDecoded(lower);
  let text: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {}
  if (text !== undefined && /[^\0-\x7f]/.test(text) && !NOT_IDNA.test(text)) {
    // Ruby's split: empty labels at the end go.
    host = rubySplit(rubyDowncase(text), /\./)
      .map((label) => (/[^\0-\x7f]/.test(label) ? `xn--${punycode(addressableNfkc(label))}` : label))
      .join('.');
  } else {
    // The decoded host, a byte past ASCII as its `%XX` (encoded again below in any case).
    host = '';
    for (const b of bytes) host += b < 128 ? String.fromCharCode(b) : encodeByte(b);
  }
  if (/[^.]\.$/.test(host)) host = host.slice(0, -1);
  return normalizeComponent(host, HOST);
}

// Addressable takes as UTF-8 only text of printable ASCII, tab and line ends and other characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters meant
const NOT_IDNA = /[\0-\x08\v\f\x0e-\x1f\x7f]/;

/** The bytes of ASCII text with each `%XX` decoded. */
function percentDecoded(s: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) bytes.push(c);
    else {
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      if (ch.length === 2) i++;
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Uint8Array.from(bytes);
}

// RFC 3986 appendix B: scheme, authority, path, query, fragment.
const URI_PARTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;

/**
 * Addressable's `URI.parse(s).normalize` as relative_url and absolute_url apply it: scheme and
 * host in lower case, an http(s) or ftp host's empty path `/`, each component normalised, a path's dot segments
 * resolved, an empty query or fragment dropped.
 */
export function normalizeUri(s: string): string {
  // `//h:/a` is no path but a host (with an empty port, which goes).
  if (PLAIN_URI.test(s) && !s.includes('/.') && !s.startsWith('//')) return s;
  const m = URI_PARTS.exec(s)!;
  const [, scheme, authority, rawPath = '', query, fragment] = m;
  let out = '';
  if (scheme !== undefined) out += `${scheme.toLowerCase()}:`;
  if (authority !== undefined) out += `//${normalizeAuthority(authority, scheme?.toLowerCase())}`;
  // Segment by segment: a `/` that NFKC makes (of `／`) is encoded, not a separator.
  const path = removeDotSegments(
    rawPath
      .split('/')
      .map((segment) => normalizeComponent(segment, SEGMENT))
      .join('/'),
  );
  // Only these schemes' empty path is `/` (`//a` and `foo://a` keep theirs empty).
  out += path === '' && authority !== undefined && SLASH_SCHEMES.has(scheme?.toLowerCase() ?? '') ? '/' : path;
  if (query)
    out += `?${query
      .split('&')
      .map((q) => normalizeComponent(q, QUERY))
      .join('&')}`;
  if (fragment) out += `#${normalizeComponent(fragment, FRAGMENT)}`;
  return out;
}
