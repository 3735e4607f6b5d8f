import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// CMake as build docs show it: commands (builtins, the project's own functions, a blank before
// `(`), arguments that are names, paths, generator expressions, `${…}` references (nested, in
// strings, unclosed), quoted strings with escapes and line breaks, bracket strings and comments
// with `=` signs (closed by a bracket of another length first), `#` comments, and broken code.
const COMMANDS = [
  'set',
  'if',
  'endif',
  'foreach',
  'message',
  'add_library',
  'target_link_libraries',
  'find_package',
  'install',
  'my_helper',
  'pybind11_add_module',
  'Set',
  'option',
  'function',
  'string',
];
const ARGS = [
  'NAME',
  'PUBLIC',
  'REQUIRED',
  'STATUS',
  'src/main.cpp',
  `\${CMAKE_CURRENT_SOURCE_DIR}/include`,
  `\${\${PREFIX}_DIR}`,
  '$ENV{PATH}',
  '$<TARGET_FILE:geo>',
  '$<$<CONFIG:Debug>:-O0>',
  '-Wall',
  '3.16',
  'ON',
  '"quoted"',
  `"with \${VAR} and \\"escape\\" \\n"`,
  '"a\nb"',
  '"unclosed',
  '\\"',
  '[[bracket]]',
  '[==[ a ]] ]=] b ]==]',
  `[=[ \${x} ]=]`,
  `\${unclosed`,
  'a;b;c',
  'ünï',
];
const COMMENTS = ['# comment', '#[[ block ]]', '#[=[ a\nb ]=]', '#', `# \${x} "`];

function line(p: Picker): string {
  const pad = p.one(['', '', '  ', '    ', '\t']);
  switch (p.int(0, 6)) {
    case 0:
      return `${pad}${p.one(COMMENTS)}`;
    case 1:
      return '';
    default: {
      const args = p.many(p.int(0, 4), () => p.one(ARGS), p.one([' ', ' ', '\n  ']));
      const tail = p.chance(0.2) ? ` ${p.one(COMMENTS)}` : '';
      return `${pad}${p.one(COMMANDS)}${p.one(['', '', ' '])}(${args}${p.chance(0.9) ? ')' : ''}${tail}`;
    }
  }
}

const FRAGMENTS = [...COMMANDS, ...ARGS, ...COMMENTS, '(', ')', `\${`, '}', '[[', ']]', '[=[', ']=]', '"'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 12), () => line(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
