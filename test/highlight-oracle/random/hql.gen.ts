import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Hive and Flink SQL as their docs and posts show it: tables created with partitions, row formats
// and properties, inserts over selects with joins, windows and UDFs (`CONCAT`, `date_format`,
// `get_json_object`), `${hivevar:…}` substitutions in code and in both kinds of strings, `SET`
// lines, backquoted names, comments of both forms, and what a paste breaks: unclosed quotes and
// comments, a lone `$`, a backslash at a line's end, words in any case.
const NAMES = ['t', 'users', 'events', 'dt', 'user_id', 'ts', 'page_views', 'a', 'b', 'my_db', 'x1', 'ünï', 'id'];
const WORDS = [
  'select',
  'SELECT',
  'from',
  'where',
  'group by',
  'order by',
  'LIMIT',
  'insert overwrite table',
  'partition',
  'STRING',
  'string',
  'bigint',
  'ARRAY<INT>',
  'map<string,string>',
  'struct<a:int>',
  'begin',
  'year',
  'concat',
  'COUNT',
  'date_format',
  'get_json_object',
  'lateral view explode',
  'stored as orc',
  'ROW FORMAT DELIMITED',
  'TBLPROPERTIES',
  'IF NOT EXISTS',
  'then',
  'end',
  'interval',
  'VARCHAR(10)',
];
const STRINGS = [
  "'2020-01-01'",
  '"hello"',
  "'it''s'",
  "'a\\'b'",
  '"a\\"b"',
  "'\\t'",
  `'\${hivevar:dt}'`,
  `"\${env:HOME}/x"`,
  "'cost $5'",
  '"cost $5 \\n more"',
  "'$'",
  '"$"',
  '""',
  "''",
  '"a""b"',
  "'ünï ✓'",
  "'\\\\'",
  "'multi\nline'",
];
const VARIABLES = [`\${hivevar:dt}`, `\${env:USER}`, `\${x}`, `\${`, `\${a\nb}`, '$x', '$'];
const NUMBERS = ['0', '1', '42', '3.14', '1e3', '100L'];
const OPERATORS = ['=', '<>', '!=', '<=', '>=', '+', '-', '*', '/', '%', '||', '&', '|', '~', '?', '@', '#', '^'];
const COMMENTS = [
  '-- comment',
  '--',
  '/* block */',
  '/* multi\n line */',
  '/* nested /* inner */ outer */',
  '-- ünï ✓',
];

function atom(p: Picker): string {
  switch (p.int(0, 8)) {
    case 0:
      return p.one(NUMBERS);
    case 1:
      return p.one(STRINGS);
    case 2:
      return p.one(VARIABLES);
    case 3:
      return `\`${p.one([...NAMES, 'a``b', 'a\\`b', 'weird name'])}\``;
    case 4:
      return `${p.one(['concat', 'COALESCE', 'date_format', 'count', 'nvl', 'my_udf', 'CAST'])}(${p.many(p.int(0, 2), () => atom(p), ', ')})`;
    case 5:
      return `${p.one(NAMES)}.${p.one(NAMES)}`;
    default:
      return p.one(NAMES);
  }
}

const expr = (p: Picker): string => (p.chance(0.5) ? atom(p) : `${atom(p)} ${p.one(OPERATORS)} ${atom(p)}`);

function statement(p: Picker): string {
  switch (p.int(0, 8)) {
    case 0:
      return p.one(COMMENTS);
    case 1:
      return `SET ${p.one(['hive.exec.dynamic.partition', 'hivevar:dt', 'mapreduce.job.queuename'])}=${p.one(['true', "'2020-01-01'", 'nonstrict', `\${x}`])};`;
    case 2:
      return `CREATE ${p.one(['', 'EXTERNAL ', 'TEMPORARY '])}TABLE IF NOT EXISTS ${p.one(NAMES)} (\n${p.many(p.int(1, 3), () => `  ${p.one(NAMES)} ${p.one(['STRING', 'INT', 'bigint', 'ARRAY<STRING>', 'MAP<STRING, INT>', 'DECIMAL(10,2)', 'TIMESTAMP'])}${p.chance(0.3) ? ` COMMENT ${p.one(STRINGS)}` : ''}`, ',\n')}\n)${p.chance(0.5) ? ` PARTITIONED BY (dt STRING)` : ''}${p.chance(0.5) ? `\nSTORED AS ${p.one(['ORC', 'PARQUET', 'TEXTFILE'])}` : ''}${p.chance(0.3) ? `\nLOCATION ${p.one(STRINGS)}` : ''};`;
    case 3:
      return `INSERT OVERWRITE TABLE ${p.one(NAMES)} PARTITION (dt=${p.one(STRINGS)})\nSELECT ${p.many(p.int(1, 3), () => expr(p), ', ')}\nFROM ${p.one(NAMES)}${p.chance(0.5) ? ` JOIN ${p.one(NAMES)} ON ${expr(p)}` : ''}\nWHERE ${expr(p)};`;
    case 4:
      return `${p.one(WORDS)} ${p.many(p.int(1, 4), () => (p.chance(0.5) ? p.one(WORDS) : expr(p)), ' ')}`;
    case 5:
      return `SELECT ${expr(p)} OVER (PARTITION BY ${p.one(NAMES)} ORDER BY ${p.one(NAMES)} DESC) FROM ${p.one(NAMES)}${p.one([';', '', ' LIMIT 10;'])}`;
    default:
      return `SELECT ${p.many(p.int(1, 3), () => expr(p), ', ')} FROM ${p.one(NAMES)}${p.chance(0.3) ? ` ${p.one(COMMENTS)}` : ''}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...WORDS,
  ...STRINGS,
  ...VARIABLES,
  ...NUMBERS,
  ...OPERATORS,
  ...COMMENTS,
  '"',
  "'",
  '`',
  '/*',
  '*/',
  '\\',
  `\${`,
  '}',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 6), () => statement(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
