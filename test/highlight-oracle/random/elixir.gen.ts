import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Elixir as posts show it (Phoenix, Ecto, OTP): modules with attributes, `use`/`import`/`alias`,
// functions with guards and default arguments, pipelines, pattern matching, `case`/`with`/`cond`,
// maps, structs, keyword lists, captures (`&1`, `&Mod.f/1`), sigils of every kind and delimiter,
// strings with interpolation and escapes, heredocs, charlists, characters, atoms and symbols of
// operators; and what a paste breaks: unclosed strings and sigils, a number run into a name,
// Unicode.
const NAMES = [
  'x',
  'acc',
  'conn',
  'params',
  'user',
  'socket',
  'state',
  'valid?',
  'save!',
  '_',
  '_ignored',
  'endx',
  'do_it',
  'ünï',
  'doc',
];
const MODULES = [
  'Enum',
  'Map',
  'String',
  'MyApp.Repo',
  'GenServer',
  'Logger',
  'Kernel',
  'IO',
  'Ecto.Changeset',
  'Fooé',
];
const ATOMS = [
  '0',
  '42',
  '1_000',
  '1.5',
  '1.0e-3',
  '0x1F',
  '0o17',
  '0b101',
  '1abc',
  '?a',
  '?\\n',
  '?\\e',
  '?\\0',
  '?\\x41',
  '?\\M-a',
  ':ok',
  ':error',
  ':valid?',
  ':"quoted #{x} atom"',
  ':<>',
  ':===',
  ':+',
  ':&&',
  ':%{}',
  ':"#x"',
  'key:',
  'nil',
  'true',
  'false',
  '__MODULE__',
  '@attr',
  '&1',
  '"hello"',
  '"Hello, #{name}!"',
  '"esc \\n \\t \\x41 \\u{1F600} \\" \\q #x"',
  "'charlist'",
  "'esc \\' #{x}'",
  '"""\nheredoc #{x}\n"""',
  "'''\ndoc\n'''",
  '~r/^\\d+$/i',
  '~R{a#{x}b}',
  '~s(text)',
  '~S"no #{x} \\n"',
  '~w[a b c]a',
  '~W<a b>',
  '~c|chars|',
  "~x'custom'",
  '~D[2020-01-01]',
  '~r/a\\/b/',
  '"ünï ✓"',
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '|>',
  '<>',
  '++',
  '--',
  '==',
  '===',
  '!=',
  '=~',
  '<=',
  '>=',
  '&&',
  '||',
  'and',
  'or',
  'not',
  'in',
  '->',
  '<-',
  '=>',
  '..',
  '\\\\',
  '::',
  '<<',
  '>>',
  '~~~',
  '!',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...ATOMS]);
  switch (p.int(0, 10)) {
    case 0:
      return `${p.one(MODULES)}.${p.one(['map', 'get', 'reduce', 'insert', 'puts', 'start_link', 'cast'])}(${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')})`;
    case 1:
      return `${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)}`;
    case 2:
      return `%{${p.many(p.int(0, 2), () => (p.chance(0.5) ? `${p.one(NAMES)}: ${expr(p, depth + 1)}` : `"k" => ${expr(p, depth + 1)}`), ', ')}}`;
    case 3:
      return `%${p.one(MODULES)}{${p.one(NAMES)}: ${expr(p, depth + 1)}}`;
    case 4:
      return `[${p.many(p.int(0, 3), () => expr(p, depth + 1), ', ')}]`;
    case 5:
      return `{${p.many(p.int(0, 3), () => expr(p, depth + 1), ', ')}}`;
    case 6:
      return `fn ${p.one(NAMES)} -> ${expr(p, depth + 1)} end`;
    case 7:
      return `&${p.one(['(&1 + 1)', 'Mod.f/1', 'is_nil/1', '1'])}`;
    case 8:
      return `${p.one(NAMES)}(${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')})`;
    default:
      return p.one([...NAMES, ...ATOMS]);
  }
}

function body(p: Picker, indent: string): string {
  switch (p.int(0, 6)) {
    case 0:
      return `${indent}case ${expr(p, 1)} do\n${indent}  {:ok, ${p.one(NAMES)}} -> ${expr(p, 1)}\n${indent}  _ -> ${expr(p, 2)}\n${indent}end`;
    case 1:
      return `${indent}${expr(p, 1)}\n${indent}|> ${p.one(MODULES)}.${p.one(['map', 'filter'])}(${expr(p, 2)})`;
    case 2:
      return `${indent}with {:ok, a} <- ${expr(p, 2)},\n${indent}     {:ok, b} <- ${expr(p, 2)} do\n${indent}  ${expr(p, 2)}\n${indent}end`;
    default:
      return `${indent}${p.chance(0.3) ? `${p.one(NAMES)} = ` : ''}${expr(p)}`;
  }
}

function form(p: Picker): string {
  switch (p.int(0, 7)) {
    case 0:
      return p.one(['# comment', '## ünï ✓', '#']);
    case 1:
      return `  ${p.one(['use', 'import', 'alias', 'require'])} ${p.one(MODULES)}${p.one(['', ', only: [map: 2]', ', as: R'])}`;
    case 2:
      return `  @${p.one(['moduledoc', 'doc', 'spec', 'impl', 'my_attr'])} ${p.one(['"""\n  Docs.\n  """', 'true', 'false', `${p.one(NAMES)}(integer()) :: :ok`, expr(p, 2)])}`;
    case 3:
      return `defmodule ${p.one(MODULES)} do\n  ${p.one(['use GenServer', 'defstruct [:name, age: 0]', '@behaviour Foo'])}\nend`;
    default:
      return `  ${p.one(['def', 'defp', 'defmacro', 'defguard'])} ${p.one(NAMES)}(${p.many(p.int(0, 2), () => p.one([...NAMES, '%{id: id}', 'x \\\\ nil', '[h | t]']), ', ')})${p.chance(0.3) ? ` when ${expr(p, 2)}` : ''}${p.chance(0.3) ? `, do: ${expr(p, 1)}` : ` do\n${p.many(p.int(1, 3), () => body(p, '    '), '\n')}\n  end`}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...MODULES,
  ...ATOMS,
  ...OPERATORS,
  '#{',
  '}',
  '"',
  "'",
  '"""',
  '~r/',
  '~s',
  '?',
  ':',
  '&',
  '@',
  'do',
  'end',
  'do:',
  '->',
];

const generate: CodeGenerator = (p) => {
  // Rouge stops with an error on a sigil without a letter (`~(`): no code here makes one.
  const avoid = (code: string) => code.replace(/~(?=[{[(<|/'"])/g, '~s');
  if (p.chance(0.15)) return avoid(soup(p, FRAGMENTS));
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return avoid(
    `${p.many(p.int(1, 5), () => form(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`,
  );
};
export default generate;
