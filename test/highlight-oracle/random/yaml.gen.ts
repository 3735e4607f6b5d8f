import type { CodeGenerator, Picker } from './random-code.js';

// YAML as blog posts show it (Jekyll configs and front matter, CI workflows, Compose files,
// Kubernetes manifests): nested mappings and sequences at odd indentations, plain, quoted and
// block scalars with their headers, flow collections over lines, anchors, aliases, tags,
// comments, documents and directives, and what people get wrong (a dedent to no level, tabs,
// a key without a blank after `:`, unclosed quotes).
const KEYS = [
  'name',
  'title',
  'layout',
  'on',
  'jobs',
  'steps',
  'run',
  'image',
  'ports',
  'env',
  'url',
  'key with spaces',
  'ünï',
  'a-b',
  '1',
  '<<',
  'x.y',
];
const PLAIN = [
  'post',
  'ubuntu-latest',
  'hello world',
  'http://example.com:8080/x',
  'a: b',
  'a:b',
  'value # not',
  'x#y',
  '-dash',
  '?q',
  ':colon',
  'ünï 🎉',
  'C:\\path',
  '%percent',
  '@at',
  '`tick`',
  'a, b',
  '[x]',
  '{y}',
  'x | y',
  'a > b',
  'trailing   ',
];
const ESCAPES = [
  '\\"',
  '\\\\',
  '\\n',
  '\\t',
  '\\x41',
  '\\u00e9',
  '\\U0001F600',
  '\\q',
  '\\ ',
  '\\N',
  '\\_',
  '\\0',
  "\\'",
];

function scalar(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
      return p.one(['true', 'false', 'null', '~', 'yes', 'True', 'nullable', 'falsehood']);
    case 1:
      return p.one([
        '42',
        '3.14',
        '-1',
        '0x1F',
        '1e3',
        '1.2.3',
        '007',
        '2016-01-01',
        '2016-01-01 12:00:00 +0100',
        '12:30',
      ]);
    case 2:
      return `"${p.many(p.int(0, 3), () => (p.chance(0.4) ? p.one(ESCAPES) : p.one(PLAIN)))}"`;
    case 3:
      return `'${p.many(p.int(0, 3), () => p.one([...PLAIN, "''", '\\', ' ']))}'`;
    case 4:
      return `${p.one(['!!str', '!!int', '!custom', '!e!tag', '!<tag:yaml.org,2002:str>', '!'])} ${p.one(PLAIN)}`;
    case 5:
      return `*${p.one(['base', 'défaut', 'a-1'])}`;
    default:
      return p.one(PLAIN);
  }
}

function flow(p: Picker, depth: number): string {
  const item = () =>
    depth < 2 && p.chance(0.2) ? flow(p, depth + 1) : p.chance(0.3) ? `${p.one(KEYS)}: ${scalar(p)}` : scalar(p);
  const items = Array.from({ length: p.int(0, 4) }, item);
  const sep = p.one([', ', ',', ',\n    ', ' , ']);
  return p.chance(0.5) ? `[${items.join(sep)}]` : `{${items.join(sep)}}`;
}

function blockScalar(p: Picker, pad: string): string {
  const header = `${p.one(['|', '>'])}${p.one(['', '', '-', '+', '2', '-2', '2-', '+1', '--2', 'x'])}${p.chance(0.1) ? ' # keep' : ''}`;
  const inner = pad + p.one(['  ', '  ', '    ', ' ']);
  const lines = Array.from({ length: p.int(1, 4) }, () =>
    p.one([
      `${inner}${p.one(PLAIN)}`,
      `${inner}  ${p.one(PLAIN)}`,
      '',
      `${inner}`,
      `${pad} `,
      `${inner}# not a comment`,
    ]),
  );
  return `${header}\n${lines.join('\n')}`;
}

function value(p: Picker, pad: string, depth: number): string {
  switch (depth < 3 ? p.int(0, 12) : p.int(3, 12)) {
    case 0:
    case 1:
      return `\n${mapping(p, pad + p.one(['  ', '  ', '    ', ' ']), depth + 1)}`;
    case 2:
      return `\n${sequence(p, pad + p.one(['  ', '', '    ']), depth + 1)}`;
    case 3:
      return ` ${blockScalar(p, pad)}`;
    case 4:
      return ` ${flow(p, 0)}`;
    case 5:
      return ` &${p.one(['base', 'défaut'])}${p.chance(0.5) ? ` ${scalar(p)}` : `\n${mapping(p, `${pad}  `, depth + 1)}`}`;
    case 6:
      // A plain scalar continued on more lines.
      return ` ${p.one(PLAIN)}\n${pad}  ${p.one(PLAIN)}${p.chance(0.5) ? `\n${pad}  ${p.one(PLAIN)}` : ''}`;
    case 7:
      return '';
    default:
      return `${p.one([' ', ' ', '  ', '\t'])}${scalar(p)}${p.chance(0.1) ? p.one(['  # note', ' #x', '   ']) : ''}`;
  }
}

function mapping(p: Picker, pad: string, depth: number): string {
  return p.many(
    p.int(1, 4),
    () => {
      if (p.chance(0.05)) return `${pad}? ${p.one(KEYS)}\n${pad}: ${scalar(p)}`;
      if (p.chance(0.05)) return `${pad}# ${p.one(['comment', 'key: value'])}`;
      const key = p.chance(0.1) ? p.one([`"${p.one(KEYS)}"`, `'${p.one(KEYS)}'`]) : p.one(KEYS);
      return `${pad}${key}${p.chance(0.05) ? p.one(['', ' ']) : ':'}${value(p, pad, depth)}`;
    },
    '\n',
  );
}

function sequence(p: Picker, pad: string, depth: number): string {
  return p.many(
    p.int(1, 4),
    () => {
      const dash = `${pad}-${p.one([' ', ' ', '   ', ''])}`;
      switch (depth < 3 ? p.int(0, 5) : 5) {
        case 0:
          return `${dash}${mapping(p, `${pad}  `, depth + 1).trimStart()}`;
        case 1:
          return `${dash}${sequence(p, `${pad}  `, depth + 1).trimStart()}`;
        case 2:
          return `${pad}-\n${mapping(p, `${pad}  `, depth + 1)}`;
        default:
          return `${dash}${scalar(p)}`;
      }
    },
    '\n',
  );
}

/** A line at an indentation no level opened, or with a tab. */
function stray(p: Picker): string {
  return p.one([
    '   odd: dedent',
    '\tkey: tab',
    ' - stray',
    'key:value',
    '"unclosed: x',
    "'open",
    '...',
    '--- # doc',
    '---',
    '%YAML 1.1',
    '%TAG ! tag:x,2000:',
  ]);
}

const generate: CodeGenerator = (p) => {
  const parts: string[] = [];
  if (p.chance(0.2)) parts.push('---');
  for (let n = p.int(1, 4); n > 0; n--)
    parts.push(p.chance(0.8) ? mapping(p, '', 0) : p.chance(0.7) ? sequence(p, '', 0) : stray(p));
  if (p.chance(0.1)) parts.push(p.one(['---', '...']));
  const code = parts.join('\n');
  return p.chance(0.9) ? `${code}\n` : code;
};
export default generate;
