import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// HOCON as Akka, Play and Spark job docs show it: nested objects by braces and by dotted keys,
// `=`, `:` and `{` after a key, quoted keys, `${…}` and `${?…}` substitutions (in and out of
// strings, joined to strings), arrays, durations and sizes (`30 seconds`, `512M`), bare strings,
// `"""` strings, `include`, `//` and `#` comments, and what slips in (unclosed braces and strings).
const KEYS = ['akka', 'loglevel', 'actor.provider', 'db.url', '"quoted key"', 'pool-size', 'x', 'include', 'a.b.c'];
const VALUES = [
  '"INFO"',
  '4',
  '2.0',
  '-1',
  'true',
  'null',
  '30 seconds',
  '512M',
  'cluster',
  `\${?HOST}`,
  `\${app.name}`,
  `\${base}"/suffix"`,
  '"jdbc:postgresql://localhost:5432/db"',
  `"with \${var} inside"`,
  '"escape \\" here"',
  '"""multi\nline "quote" text"""',
  '[csv, parquet, "json"]',
  '[1, 2, 3]',
  '{ attempts = 3, backoff = 2s }',
  '192.168.0.1',
  '/data/in',
  'a+b',
  '"unclosed',
  'ünï',
];
const COMMENTS = ['# comment', '// comment', '#', `// \${x}`];

function lines(p: Picker, depth: number): string {
  const pad = '  '.repeat(depth);
  return p.many(
    p.int(1, 5),
    () => {
      switch (p.int(0, 7)) {
        case 0:
          return `${pad}${p.one(COMMENTS)}`;
        case 1:
          return `${pad}include ${p.one(['"defaults.conf"', 'required("x.conf")', 'url("http://x")', 'file("a")'])}`;
        case 2:
          return depth < 3 ? `${pad}${p.one(KEYS)} {\n${lines(p, depth + 1)}\n${pad}${p.chance(0.9) ? '}' : ''}` : '';
        default:
          return `${pad}${p.one(KEYS)}${p.one([' = ', '=', ': ', ' : ', ' '])}${p.one(VALUES)}${p.chance(0.1) ? ` ${p.one(COMMENTS)}` : ''}`;
      }
    },
    '\n',
  );
}

const FRAGMENTS = [...KEYS, ...VALUES, ...COMMENTS, '{', '}', '[', ']', '=', ':', `\${`, '"""', '"'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const text = lines(p, 0);
  return `${p.chance(0.1) ? text.replaceAll('\n', '\r\n') : text}${p.one(['\n', '\n', ''])}`;
};
export default generate;
