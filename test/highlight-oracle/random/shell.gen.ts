import type { CodeGenerator, Picker } from './random-code.js';

// Shell scripts as blog posts show them: commands with options and arguments, variables,
// quoting, substitutions, pipes, redirections, comments, heredocs and control flow.
const COMMANDS = [
  'ls',
  'cd',
  'echo',
  'grep',
  'mvn',
  'git',
  'docker',
  'curl',
  'export',
  'sudo',
  'cat',
  'tar',
  'wc',
  './bin/run.sh',
];
const WORDS = [
  'clean',
  'install',
  'run',
  'build',
  'file.txt',
  '/tmp/x',
  'a-b',
  'foo_bar',
  '1.2.3',
  '~/dir',
  '*.log',
  '8081',
];

function word(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return `-${p.one(['v', 'rf', 'x', 'n'])}`;
    case 1:
      return `--${p.one(['quiet', 'name=x', 'force', 'depth 1'])}`;
    case 2:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell's own ${…}
      return `"${p.one(['a b', '$HOME/x', 'it\\"s', '${V}', '$(date)', ''])}"`;
    case 3:
      return `'${p.one(['a b', '$HOME', 'x\\y', ''])}'`;
    case 4:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell's own ${…}
      return p.one(['$HOME', '${NAME:-x}', '$1', '$?', '$(pwd)', '`date`', '$((1 + 2))']);
    default:
      return p.one(WORDS);
  }
}

function command(p: Picker): string {
  let line = `${p.chance(0.2) ? 'VAR=1 ' : ''}${p.one(COMMANDS)} ${p.many(p.int(0, 4), () => word(p), ' ')}`.trimEnd();
  if (p.chance(0.2)) line += ` | ${p.one(COMMANDS)} ${word(p)}`;
  if (p.chance(0.15)) line += ` ${p.one(['>', '>>', '2>&1', '<', '&&', '||', ';'])} ${word(p)}`;
  if (p.chance(0.15)) line += ` # ${p.one(['note', 'see docs', 'TODO: x'])}`;
  return line;
}

function statement(p: Picker, depth: number): string {
  const pad = '  '.repeat(depth);
  switch (depth < 2 ? p.int(0, 12) : 9) {
    case 0:
      return `${pad}if [ -f ${word(p)} ]; then\n${statement(p, depth + 1)}\n${pad}fi`;
    case 1:
      return `${pad}for f in ${word(p)} ${word(p)}; do\n${statement(p, depth + 1)}\n${pad}done`;
    case 2:
      return `${pad}${p.one(['name', 'run_all'])}() {\n${statement(p, depth + 1)}\n${pad}}`;
    case 3:
      return `${pad}cat <<EOF\n${p.one(['line $X', 'plain text', ''])}\nEOF`;
    case 4:
      return `${pad}# ${p.one(['comment', 'Build it', '#!/bin/bash'])}`;
    case 5:
      return `${pad}${p.one(['X', 'name', 'PATH'])}=${word(p)}`;
    default:
      return pad + command(p);
  }
}

const generate: CodeGenerator = (p) => `${p.many(p.int(1, 8), () => statement(p, 0), '\n')}\n`;
export default generate;
