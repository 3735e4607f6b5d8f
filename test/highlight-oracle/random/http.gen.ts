import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// HTTP exchanges as API docs show them: a request or status line (methods Rouge knows and not,
// `HTTP/1.1`, `HTTP/2`, extra blanks, a missing reason), headers (Content-Type in any case with
// parameters, a value Rouge has no lexer for, a line with no colon, an empty value), CRLF, and
// after a blank line a body in the header's language: JSON, HTML, XML, CSS, JavaScript, GraphQL,
// form data, plain text; a second message after the body, and no line break at the end. XML and
// GraphQL bodies are only well-formed ones: kiln's XML and GraphQL lexers differ from Rouge's on a
// lone `&` and on a `\r` after a comment, which is theirs to match, not HTTP's.
const REQUEST = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'get', 'FETCH'];
const PATHS = ['/', '/api/v1/users', '/search?q=kiln&page=2', '/a%20b', '*', 'https://example.org/x'];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTPS/1.1', 'HTTP/2.0'];
const STATUS = ['200 OK', '201 Created', '204', '301 Moved Permanently', '404 Not Found', '500 Internal Server Error'];
const TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON',
  'text/html; charset=UTF-8',
  'application/xml',
  'text/xml',
  'text/css',
  'application/javascript',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'text/plain',
  'image/png',
  'application/problem+json',
];
const HEADERS = [
  'Host: api.example.org',
  'Accept: */*',
  'Authorization: Bearer abc.def.ghi',
  'Cache-Control: no-cache, max-age=0',
  'X-Request-Id: 7f3a-11',
  'Set-Cookie: id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT',
  'Content-Length: 42',
  'X-Empty:',
  'X-Spaces  :  value',
  'no colon here',
  '  folded value',
];
const BODIES: Readonly<Record<string, readonly string[]>> = {
  json: ['{"id": 1, "name": "Ada", "tags": ["a", "b"], "ok": true, "n": null}', '[1, 2.5, -3e2]', '{"broken": '],
  html: ['<!DOCTYPE html>\n<html><body><p class="x">Hi &amp; bye</p></body></html>', '<div>unclosed'],
  xml: ['<?xml version="1.0"?>\n<user id="1"><name>Ada</name></user>', '<a>&lt;</a>'],
  css: ['body { color: #333; margin: 0 auto; }', '.x:hover { content: "y" }'],
  js: ['var x = {a: 1}; console.log(x.a / 2);', 'function f() { return "s"; }'],
  graphql: ['query { user(id: 1) { name } }', 'mutation M($id: ID!) { del(id: $id) }'],
  other: ['name=Ada&age=36', 'plain text body\nover lines', '\u0089PNG binary', ''],
};

function body(p: Picker, type: string): string {
  const t = type.toLowerCase();
  const kind = t.includes('json')
    ? 'json'
    : t.includes('html')
      ? 'html'
      : t.includes('xml')
        ? 'xml'
        : t.includes('css')
          ? 'css'
          : t.includes('javascript')
            ? 'js'
            : t.includes('graphql')
              ? 'graphql'
              : 'other';
  return p.one(BODIES[p.chance(0.9) || kind === 'xml' || kind === 'graphql' ? kind : 'other']!);
}

/** A message, and whether a message may follow (it would be part of the body: not XML's or GraphQL's). */
function message(p: Picker, nl: string): [string, boolean] {
  const first = p.chance(0.5)
    ? `${p.one(REQUEST)}${p.one([' ', ' ', '  '])}${p.one(PATHS)} ${p.one(VERSIONS)}`
    : `${p.one(VERSIONS)} ${p.one(STATUS)}`;
  const type = p.one(TYPES);
  const headers = Array.from({ length: p.int(0, 4) }, () => p.one(HEADERS));
  if (p.chance(0.8))
    headers.splice(p.int(0, headers.length), 0, `${p.one(['Content-Type', 'content-type', 'CONTENT-TYPE'])}: ${type}`);
  const lines = [p.chance(0.05) ? `# ${first}` : first, ...headers];
  if (p.chance(0.8)) lines.push('', body(p, type));
  return [lines.join(nl), !headers.some((h) => /xml|graphql/i.test(h))];
}

const FRAGMENTS = [
  ...REQUEST,
  ...PATHS,
  ...VERSIONS,
  ...STATUS,
  ...TYPES.filter((t) => !/xml|graphql/.test(t)),
  ...HEADERS,
  ': ',
  '\n',
  '\r\n',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, FRAGMENTS);
  const nl = p.chance(0.15) ? '\r\n' : '\n';
  let [messages, more] = message(p, nl);
  if (more && p.chance(0.5)) messages += `${nl}${nl}${message(p, nl)[0]}`;
  return `${messages}${p.one([nl, nl, ''])}`;
};
export default generate;
