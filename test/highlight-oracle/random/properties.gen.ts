import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Java properties files as blog posts show them (Spring Boot's application.properties, Kafka,
// Flink and log4j configs, message bundles): dotted keys with `=`, `:` or blanks around the sign,
// values with URLs, paths, placeholders, quotes and escapes (`\uXXXX`, `\\`, a `\` before the
// line's end carrying the value on), comments with `#` and `!` (and after a value), blank and
// indented lines, CRLF, non-ASCII keys and text, and what people paste by mistake (`key value`
// with no sign, an unclosed quote, a `\` at the very end).
const KEYS = [
  'server.port',
  'spring.datasource.url',
  'spring.jpa.hibernate.ddl-auto',
  'log4j.rootLogger',
  'log4j.appender.stdout.layout.ConversionPattern',
  'bootstrap.servers',
  'key.serializer',
  'jobmanager.rpc.address',
  'taskmanager.numberOfTaskSlots',
  'app.name',
  'greeting',
  'x',
  'a_b',
  'my-key',
  'ключ',
  'größe',
  'key\\ with\\ space',
  '1.2.3',
  '.hidden',
  '-',
];
const VALUES = [
  '8080',
  'localhost',
  'jdbc:mysql://localhost:3306/db?useSSL=false',
  'https://example.com/path#anchor',
  'true',
  'org.apache.kafka.common.serialization.StringSerializer',
  'INFO, stdout',
  '%d{yyyy-MM-dd HH:mm:ss} %-5p %c{1}:%L - %m%n',
  `\${HOME}/data`,
  `\${spring.application.name:demo}`,
  'C:\\\\Program Files\\\\App',
  'Hello, {0}!',
  'caf\\u00e9',
  '\\u00E9t\\u00e9',
  '\\u12',
  'a = b',
  'x: y',
  '"quoted value"',
  '"with \\"escapes\\""',
  '"unclosed',
  "'single'",
  "'unclosed",
  "it's",
  'ünïcödé ✓',
  '😀',
  'tab\\there',
  'a ! b',
  'value # not a comment?',
  '\\#literal',
  '',
  '   ',
  'one \\\n    two',
  'one \\\n    two \\\n    three',
  '\\',
];
const COMMENTS = [
  '# a comment',
  '#no space',
  '! bang comment',
  '#',
  '# ünïcode ✓',
  '## section ##',
  '# key=value in a comment',
];

function line(p: Picker): string {
  const pad = p.one(['', '', '', '  ', '\t']);
  switch (p.int(0, 9)) {
    case 0:
    case 1:
      return `${pad}${p.one(COMMENTS)}`;
    case 2:
      return '';
    case 3:
      return `${pad}${p.one(KEYS)} ${p.one(VALUES)}`;
    default: {
      const sign = p.one(['=', '=', '=', ' = ', ': ', ':', '  =  ', '\t=\t', ' =']);
      return `${pad}${p.one(KEYS)}${sign}${p.one(VALUES)}${p.chance(0.1) ? p.one([' ', '  ', ` ${p.one(COMMENTS)}`]) : ''}`;
    }
  }
}

const FRAGMENTS = [...KEYS, ...VALUES, ...COMMENTS, '=', ':', '"', "'", '\\u0041', '\\', '\\\n'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 12), () => line(p), newline)}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
