import type { CodeGenerator, Picker } from './random-code.js';

// TOML as blog posts show it (Cargo.toml, pyproject.toml, Hugo and Netlify configs): tables,
// arrays of tables, bare, quoted and dotted keys, every string kind with escapes, dates and
// times, every number form, booleans, arrays over lines, inline tables, comments, odd spacing,
// and the mistakes people paste (unterminated strings, a key without `=`, `:` for `=`).
const BARE = [
  'name',
  'version',
  'edition',
  'title',
  'baseURL',
  'port',
  'enabled',
  'a-b',
  'x_1',
  '1234',
  'true_value',
  'info',
];
const TABLES = ['package', 'dependencies', 'tool.poetry', 'build', 'server', 'a.b.c', 'dev-dependencies', 'ünï'];
const ESCAPES = [
  '\\n',
  '\\t',
  '\\\\',
  '\\"',
  '\\r',
  '\\0',
  '\\ ',
  '\\u00E9',
  '\\U0001F600',
  '\\b',
  '\\f',
  '\\x41',
  '\\\t',
  '\\e',
];
const TEXT = [
  'hello',
  'a b',
  'https://example.com',
  'ünï',
  '🎉',
  '<b>&amp;</b>',
  '#not a comment',
  'a = b',
  '[x]',
  ',',
  '{',
];

function key(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return `"${p.one([...BARE, 'with space', 'dot.ted', 'é', 'a=b'])}"`;
    case 1:
      return `'${p.one([...BARE, 'with space', 'C:\\path'])}'`;
    case 2:
      return `${p.one(BARE)}.${p.one(BARE)}${p.chance(0.3) ? `."${p.one(BARE)}"` : ''}`;
    default:
      return p.one(BARE);
  }
}

function text(p: Picker, escapes: boolean): string {
  return p.many(p.int(0, 3), () => (escapes && p.chance(0.3) ? p.one(ESCAPES) : p.one(TEXT)));
}

function string(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return `"""${p.chance(0.5) ? '\n' : ''}${text(p, true)}\n${p.one(['', '"quoted"', '""x""', 'line \\\n  continued'])}${text(p, true)}"""`;
    case 1:
      return `'''${p.chance(0.5) ? '\n' : ''}${text(p, false)}\n${p.one(['', "it's", "''x''", 'C:\\new'])}'''`;
    case 2:
    case 3:
      return `'${text(p, false).replaceAll("'", '')}'`;
    case 4:
      return p.one(['""', "''", '""""""', "''''''"]);
    default:
      return `"${text(p, true)}"`;
  }
}

function number(p: Picker): string {
  const int = () => p.many(p.int(1, 3), () => String(p.int(0, 999)), p.one(['', '_']));
  const sign = () => p.one(['', '', '+', '-']);
  switch (p.int(0, 11)) {
    case 0:
      return `${sign()}${int()}.${int()}`;
    case 1:
      return `${sign()}${int()}${p.chance(0.5) ? `.${int()}` : ''}${p.one(['e', 'E'])}${sign()}${int()}`;
    case 2:
      return `${sign()}${p.one(['inf', 'nan'])}`;
    case 3:
      return `0x${p.one(['DEAD', 'beef', 'dead_BEEF', '1f', 'g'])}`;
    case 4:
      return `0o${p.one(['755', '7_5', '8'])}`;
    case 5:
      return `0b${p.one(['1101', '1_0', '2'])}`;
    case 6:
      return p.one(['1__2', '1_', '01', '.5', '5.', '+', '1.2.3', '0x', '1e']);
    default:
      return `${sign()}${int()}`;
  }
}

function date(p: Picker): string {
  const day = `${p.int(1970, 2030)}-${String(p.int(1, 12)).padStart(2, '0')}-${String(p.int(1, 28)).padStart(2, '0')}`;
  const time = `${String(p.int(0, 23)).padStart(2, '0')}:${String(p.int(0, 59)).padStart(2, '0')}:${String(p.int(0, 59)).padStart(2, '0')}`;
  return p.one([
    `${day}T${time}Z`,
    `${day}T${time}Z`,
    day,
    time,
    `${day}T${time}.999-07:00`,
    `${day} ${time}`,
    `${day}T${time}+01:00`,
    `${day}t${time}z`,
  ]);
}

function value(p: Picker, depth: number, pad: string): string {
  switch (depth < 2 ? p.int(0, 11) : p.int(3, 11)) {
    case 0:
      return array(p, depth + 1, pad);
    case 1:
      return inlineTable(p, depth + 1);
    case 2:
      return `[${p.many(p.int(1, 3), () => value(p, depth + 1, pad), ',')}]`;
    case 3:
    case 4:
    case 5:
      return string(p);
    case 6:
    case 7:
      return number(p);
    case 8:
      return p.one(['true', 'false', 'True', 'falsey']);
    case 9:
      return date(p);
    default:
      return p.one(['bare words', 'value', '=', '}', ']']);
  }
}

function array(p: Picker, depth: number, pad: string): string {
  const inner = `${pad}  `;
  const items = Array.from({ length: p.int(0, 4) }, () => value(p, depth, inner));
  if (p.chance(0.4))
    return `[\n${items.map((v) => `${inner}${v},${p.chance(0.2) ? ' # note' : ''}`).join('\n')}\n${pad}]`;
  return `[${p.one(['', ' '])}${items.join(p.one([', ', ',', ' , ']))}${p.one(['', ' ', ','])}]`;
}

function inlineTable(p: Picker, depth: number): string {
  const members = Array.from(
    { length: p.int(0, 3) },
    () => `${key(p)}${p.one([' = ', '=', ' =', '= '])}${value(p, depth, '')}`,
  );
  return `{${p.one(['', ' '])}${members.join(', ')}${p.one(['', ' '])}}`;
}

function line(p: Picker): string {
  const indent = p.chance(0.1) ? p.one(['  ', '\t']) : '';
  switch (p.int(0, 13)) {
    case 0:
      return `${indent}[${p.one(['', ' '])}${p.one(TABLES)}${p.chance(0.2) ? `."${p.one(BARE)}"` : ''}${p.one(['', ' '])}]${p.chance(0.2) ? ' # table' : ''}`;
    case 1:
      return `${indent}[[${p.one(['', ' '])}${p.one(TABLES)}${p.one(['', ' '])}]]`;
    case 2:
      return `${indent}# ${p.one(['comment', 'key = "value"', '[not a table]', ''])}`;
    case 3:
      return '';
    case 4:
      return `${indent}${p.one([
        `${key(p)}: ${value(p, 0, indent)}`,
        `${key(p)}`,
        `= ${value(p, 0, indent)}`,
        `${key(p)} = ${string(p).slice(0, -1)}`,
        `${key(p)} = ${value(p, 0, indent)} ${value(p, 0, indent)}`,
      ])}`;
    default: {
      const equals = p.one([' = ', ' = ', ' = ', '=', ' =', '= ', '  =  ', '\t=\t']);
      const comment = p.chance(0.15) ? `${p.one([' ', '  '])}# ${p.one(['why', 'see = docs'])}` : '';
      const trailing = p.chance(0.1) ? p.one([' ', '  ', '\t']) : '';
      return `${indent}${key(p)}${equals}${value(p, 0, indent)}${comment}${trailing}`;
    }
  }
}

const generate: CodeGenerator = (p) => {
  const code = p.many(p.int(1, 12), () => line(p), '\n');
  return p.chance(0.9) ? `${code}\n` : code;
};
export default generate;
