import { mixin, r, type StatefulLanguage } from './machine.js';
import { innerShell, lexAsShell, withShell } from './shell.js';

// A Makefile as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/make/): an assigned
// variable `nv` and its operator `o`, a rule's targets `nl` and prerequisites `nf`, `include`,
// `ifdef`/`ifeq`/`else`/`endif` and `export` keywords, `$(VAR)` `nv`, `$(func …` a builtin; the
// value of an assignment and a recipe's lines are shell, lexed by the shell lexer as one script.

const FUNCTIONS = `abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring
  firstword flavor foreach if join lastword notdir or origin patsubst realpath shell sort strip subst suffix
  value warning wildcard word wordlist words`
  .trim()
  .split(/\s+/)
  .join('|');

const STOP = '\\$\\(|\\$\\{|\\(|\\)|\\}|\\\\|$';

export const makeRouge: StatefulLanguage = {
  start: ['root'],
  data: withShell,
  states: {
    root: [
      r(/\s+/, ''),
      r(/#.*?\n/, 'c'),
      r(/([-s]?include)((?:[\t ]+[^\t\n #]+)+)/, (m) => m.groups('k', 'sx')),
      r(/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)/, (m) => m.groups('k', '', 'nv')),
      r(/(?:else|endif)[\t ]*(?=[#\n])/, 'k'),
      r(/(export)([\t ]+)(?=[\w${}()\t -]+\n)/, (m) => {
        m.groups('k', '');
        m.push('export');
      }),
      r(/export[\t ]+/, 'k'),
      r(/([\w${}().-]+)([\t ]*)([!?:+]?=)/, (m) => {
        m.groups('nv', '', 'o');
        m.push('shell_line');
      }),
      r(/"(?:\\\\|\\.|[^"\\])*"/, 's2'),
      r(/'(?:\\\\|\\.|[^'\\])*'/, 's1'),
      r(/([^\n:]+)(:+)([ \t]*)/, (m) => {
        m.groups('nl', 'o', '');
        m.push('block_header');
      }),
    ],
    export: [r(/[\w${}()-]/, 'nv'), r(/\n/, '', '#pop'), r(/[\t ]+/, '')],
    block_header: [
      r(/[^,\\\n#]+/, 'nf'),
      r(/,/, 'p'),
      r(/#/, 'c'),
      r(/\\\n/, ''),
      r(/\\./, ''),
      r(/\n/, (m) => {
        m.token('');
        m.goto('block_body');
      }),
    ],
    block_body: [
      r(/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)/, (m) => m.groups('k', '', 'nv', 'c', '')),
      r(/(else|endif)([\t ]*)(#.*)?(\n)/, (m) => m.groups('k', '', 'c', '')),
      r(/(\t[\t ]*)([@-]?)/, (m) => {
        m.groups('', 'p');
        m.push('shell_line');
      }),
      r(/(?:)/, (m) => {
        innerShell(m).reset();
        m.pop();
      }),
    ],
    shell: [
      r(/\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]/i, 'nv'),
      r(new RegExp(`(\\$[({])([\\t ]*)(${FUNCTIONS})([\\t ]+)`), (m) => {
        m.groups('nf', '', 'nb', '');
        m.push('shell_expr');
      }),
      r(/\\[\s\S]/, lexAsShell),
      r(new RegExp(`[\\s\\S]+?(?=${STOP})`, 'm'), lexAsShell),
      r(new RegExp(STOP, 'm'), lexAsShell),
    ],
    shell_expr: [
      r(/[({]/, (m) => {
        lexAsShell(m);
        m.push('shell_expr');
      }),
      r(/[)}]/, 'nf', '#pop'),
      mixin('shell'),
    ],
    shell_line: [r(/\n/, '', '#pop'), mixin('shell')],
  },
};
