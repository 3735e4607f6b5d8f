import { type Machine, mixin, r, type StatefulLanguage, statefulLexer } from './machine.js';
import { BLANKS, BOUNDARY, SPACE, u, WORD_END } from './ruby-regex.js';

// Shell (sh, bash, zsh) with the classes Rouge 3.30 gives it, checked against Rouge on
// test/highlight-oracle/exact/shell/. Rouge matches a rule on the text from the scan position
// on, so a `\b` that starts a rule holds whenever a word character follows: `(?=\w)` here.
// Ruby's `\b` and `\s` are not JavaScript's (ruby-regex.ts): `echo 你好` keeps its blank in the
// builtin's span, `echoé` is no builtin, and a no-break space is no blank.

const KEYWORDS = 'if fi else while do done for then return function select continue until esac elif in';
/** Shell builtins and the coreutils Rouge names (`nb`): `cd`, `echo`, but also `wc`, `grep`, `sudo`. */
const BUILTINS = `alias bg bind break builtin caller cd command compgen complete declare dirs disown enable eval
  exec exit export false fc fg getopts hash help history jobs let local logout mapfile popd pushd pwd read
  readonly set shift shopt source suspend test time times trap true type typeset ulimit umask unalias
  unset wait cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum md5sum
  sha1sum sha224sum sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort cut paste join tr expand
  unexpand ls dir vdir dircolors cp dd install mv rm shred link ln mkdir mkfifo mknod readlink rmdir
  unlink chown chgrp chmod touch df du stat sync truncate echo printf yes expr tee basename dirname
  pathchk mktemp realpath pwd stty printenv tty id logname whoami groups users who date arch nproc uname
  hostname hostid uptime chcon runcon chroot env nice nohup stdbuf timeout kill sleep factor numfmt seq
  tar grep sudo awk sed gzip gunzip`;

const anyOf = (list: string) => `(?:${list.trim().split(/\s+/).join('|')})`;

export const shell: StatefulLanguage = {
  start: ['root'],
  data: () => ({ heredoc: '' }),
  states: {
    root: [mixin('basic'), mixin('data')],
    basic: [
      r(/#[^\n]*/, 'c'),
      r(u(`(?=\\w)${anyOf(KEYWORDS)}${SPACE}*${BOUNDARY}`), 'k'),
      r(u(`(?=\\w)case${WORD_END}`), 'k', 'case'),
      r(u(`(?=\\w)${anyOf(BUILTINS)}${SPACE}*${BOUNDARY}(?![.-])`), 'nb'),
      r(u(`[.](?=${SPACE})`), 'nb'),
      r(/(?=\w)(\w+)(=)/, (m) => m.groups('nv', 'o')),
      r(/[[\]{}()!=>]/, 'o'),
      r(/&&|\|\|/, 'o'),
      r(/<<</, 'o'),
      r(u(`(<<-?)(${SPACE}*)(['"]?)(\\\\?)(\\w+)(\\3)`), (m) => {
        m.groups('o', '', 'sh', 'sh', 'no', 'sh');
        m.data.heredoc = m.match[5];
        m.push('heredoc');
      }),
    ],
    heredoc: [r(/\n/, 'sh', 'heredoc_nl'), r(/[^$\n\\]+/, 'sh'), mixin('interp'), r(/[$]/, 'sh')],
    // A body line: the heredoc's end when it is the word alone (blanks around it allowed).
    heredoc_nl: [
      r(u(`${SPACE}*(\\w+)${SPACE}*\\n`), (m) => {
        if (m.match[1] !== m.data.heredoc) return m.token('sh');
        m.token('no');
        m.pop();
        m.pop();
      }),
      r(/(?:)/, (m) => m.pop()),
    ],
    // `"abc$"` is the text abc$: `$"` is no variable.
    double_quotes: [r(/(?:\$#?)?"/, 's2', '#pop'), mixin('interp'), r(/[^"`\\$]+/, 's2')],
    ansi_string: [r(/\\[^\n]/, 'se'), r(/[^\\']+/, 's1'), mixin('single_quotes')],
    single_quotes: [r(/'/, 's1', '#pop'), r(/[^']+/, 's1')],
    data: [
      r(u(`${SPACE}+`), ''),
      r(/\\[^\n]/, 'se'),
      r(/\$?"/, 's2', 'double_quotes'),
      r(/\$'/, 's1', 'ansi_string'),
      r(/'/, 's1', 'single_quotes'),
      r(/\*/, 'k'),
      r(/;/, 'p'),
      r(/--?[\w-]+/, 'nt'),
      r(u(`[^=*${BLANKS}{}()$"'\`;\\\\<]+`), ''),
      r(/\d+(?= |\n?(?![\s\S]))/, 'm'),
      r(/</, ''),
      mixin('interp'),
    ],
    curly: [r(/\}/, 'k', '#pop'), r(/:-/, 'k'), r(/[a-zA-Z0-9_]+/, 'nv'), r(/[^}:"`'$]+/, 'p'), mixin('root')],
    // Inside `$(…)`, its parentheses balanced.
    paren_interp: [r(/\)/, 'si', '#pop'), r(/\(/, 'o', 'paren_inner'), mixin('root')],
    paren_inner: [r(/\(/, 'o', 'paren_inner'), r(/\)/, 'o', '#pop'), mixin('root')],
    math: [r(/\)\)/, 'k', '#pop'), r(/[-+*/%^|&!]|\*\*|\|\|/, 'o'), r(/\d+(?:#\w+)?/, 'm'), mixin('root')],
    case: [r(u(`(?=\\w)esac${WORD_END}`), 'k', '#pop'), r(/\|/, 'p'), r(/\)/, 'p', 'case_stanza'), mixin('root')],
    case_stanza: [r(/;;/, 'p', '#pop'), mixin('root')],
    backticks: [r(/`/, 'sb', '#pop'), mixin('root')],
    interp: [
      // A line continuation.
      r(/\\(?=\n|(?![\s\S]))/, 'se'),
      r(/\\[^\n]/, 'se'),
      r(/\$\(\(/, 'k', 'math'),
      r(/\$\(/, 'si', 'paren_interp'),
      r(/\$\{#?/, 'k', 'curly'),
      r(/`/, 'sb', 'backticks'),
      r(/\$#?(?:\w+|[^\n])/, 'nv'),
      r(/\$[*@]/, 'nv'),
    ],
  },
};

/** The data of a language with shell inside it (a Dockerfile's `RUN`, a Makefile's recipes): one shell lexer, kept across its parts. */
export const withShell = () => ({ shell: statefulLexer(shell) });

/** The shell lexer of a language whose data is `withShell()`. */
export const innerShell = (m: Machine) => m.data.shell as ReturnType<typeof statefulLexer>;

/** Lexes the match as the next part of the inner shell script. */
export const lexAsShell = (m: Machine) => innerShell(m).lex(m.match[0], (cls, text) => m.token(cls, text));
