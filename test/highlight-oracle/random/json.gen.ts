import type { CodeGenerator, Picker } from './random-code.js';

// JSON as blog posts show it: API responses and configuration files, nested objects and arrays,
// keys, strings with escapes, every number form, the constants, and the invalid bits people
// paste: comments, trailing commas, single quotes, bare keys and words, `...` elisions, stray
// brackets, lines broken inside strings, and blanks of every kind.
const KEYS = ['id', 'name', 'type', 'data', 'items', 'url', 'enabled', 'version', 'ünï', 'a b', '$ref', '', '@context'];
const ESCAPES = [
  '\\"',
  '\\\\',
  '\\/',
  '\\b',
  '\\f',
  '\\n',
  '\\r',
  '\\t',
  '\\u00e9',
  '\\uD83D\\uDE00',
  '\\x41',
  '\\q',
  '\\🎉',
];
const TEXT = ['hello', 'a b', 'https://example.com/x?y=1', 'ünï', '🎉', '<b>&amp;</b>', ' ', '{', ']', ':', ',', "'"];
const BLANKS = ['', ' ', '  ', '\t', '\n', '\n  ', '\r\n', '\u00a0', '\f'];

function text(p: Picker): string {
  return p.many(p.int(0, 3), () => (p.chance(0.3) ? p.one(ESCAPES) : p.one(TEXT)));
}

function string(p: Picker): string {
  if (p.chance(0.04)) return `"${text(p)}\n${text(p)}"`;
  if (p.chance(0.03)) return `"${text(p)}\\\n${text(p)}"`;
  return `"${text(p)}"`;
}

function number(p: Picker): string {
  const digits = () => String(p.int(0, 10 ** p.int(1, 6)));
  const exp = () => `${p.one(['e', 'E'])}${p.one(['', '+', '-'])}${digits()}`;
  switch (p.int(0, 7)) {
    case 0:
      return `${digits()}.${digits()}`;
    case 1:
      return `${p.one(['', '-'])}${digits()}.${digits()}${exp()}`;
    case 2:
      return `${p.one(['', '-'])}${digits()}${exp()}`;
    case 3:
      return p.one([
        '0',
        '-0',
        '01',
        '-01',
        '1.',
        '.5',
        '+1',
        '1.5.2',
        '0x1F',
        'Infinity',
        '-NaN',
        '1e',
        '2E+',
        '1_000',
      ]);
    default:
      return `${p.one(['', '', '-'])}${digits()}`;
  }
}

function blank(p: Picker): string {
  return p.chance(0.7) ? p.one(BLANKS.slice(0, 3)) : p.one(BLANKS);
}

function value(p: Picker, depth: number, pad: string): string {
  switch (depth < 4 ? p.int(0, 11) : p.int(3, 11)) {
    case 0:
    case 1:
      return object(p, depth + 1, pad);
    case 2:
      return array(p, depth + 1, pad);
    case 3:
    case 4:
    case 5:
      return string(p);
    case 6:
    case 7:
      return number(p);
    case 8:
      return p.one(['true', 'false', 'null']);
    case 9:
      return p.one(['True', 'nullable', 'falsey', 'undefined', "'single'", '...', 'nul']);
    default:
      return p.chance(0.5) ? string(p) : number(p);
  }
}

function key(p: Picker): string {
  switch (p.int(0, 15)) {
    case 0:
      return p.one(KEYS);
    case 1:
      return `'${p.one(KEYS)}'`;
    case 2:
      return `"${p.one(KEYS)}\\"${p.one(KEYS)}"`;
    default:
      return `"${p.one(KEYS)}"`;
  }
}

/** A comment, a trailing comma or an elision where people put them. */
function invalid(p: Picker, pad: string): string {
  return p.one([
    `// ${p.one(['comment', 'TODO', 'see "docs"'])}\n${pad}`,
    `/* ${p.one(['block', 'a: 1'])} */ `,
    `# hash\n${pad}`,
    '...',
    '',
  ]);
}

function object(p: Picker, depth: number, pad: string): string {
  const inner = `${pad}  `;
  const multiline = p.chance(0.6);
  const members = Array.from({ length: p.int(0, 4) }, () => {
    const before = p.chance(0.06) ? invalid(p, inner) : '';
    const colon = p.one([':', ':', ':', ': ', ' : ', ':  ', '\t:', ' ', '=']);
    return `${before}${key(p)}${colon}${p.chance(0.8) ? ' ' : ''}${value(p, depth, inner)}`;
  });
  const sep = multiline ? `,\n${inner}` : p.one([', ', ',', ' ,']);
  const trailing = p.chance(0.08) ? ',' : '';
  if (!members.length) return p.one(['{}', '{ }', '{\n}']);
  return multiline
    ? `{\n${inner}${members.join(sep)}${trailing}\n${pad}}`
    : `{${blank(p)}${members.join(sep)}${trailing}${blank(p)}}`;
}

function array(p: Picker, depth: number, pad: string): string {
  const inner = `${pad}  `;
  const multiline = p.chance(0.4);
  const items = Array.from({ length: p.int(0, 5) }, () =>
    p.chance(0.04) ? `${key(p)}: ${value(p, depth, inner)}` : value(p, depth, inner),
  );
  const trailing = p.chance(0.08) ? ',' : '';
  if (!items.length) return p.one(['[]', '[ ]']);
  return multiline
    ? `[\n${inner}${items.join(`,\n${inner}`)}${trailing}\n${pad}]`
    : `[${items.join(p.one([', ', ',']))}${trailing}]`;
}

const generate: CodeGenerator = (p) => {
  const first = p.int(0, 9);
  const parts = [first < 7 ? object(p, 0, '') : first < 9 ? array(p, 0, '') : value(p, 3, '')];
  // Several documents, a stray bracket or a pasted fragment after the first.
  while (p.chance(0.15))
    parts.push(p.one([value(p, 2, ''), '}', ']', `${key(p)}: ${value(p, 3, '')}`, invalid(p, '')]));
  const code = parts.join(p.one(['\n', '\n\n', ' ']));
  return p.chance(0.9) ? `${code}\n` : code;
};
export default generate;
