import { lazyLanguage, type Machine, r, type StatefulLanguage, type StateRule } from './machine.js';
import { BOL, SPACE, u, WORD_END } from './ruby-regex.js';

// Perl as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/perl/,
// the sample and random code): keywords `k`, builtins `nb`, `eq lt … cmp` `ow`; a sigil and the
// name after it `nv` (punctuation variables such as `$!` and `$^W` `vg`); any other name `nv`,
// `Foo::` `nn`; `'…'` `s1` and `"…"` `s2` with their quotes `p`, escapes `se` and `$name`/`${…}`
// `si`; `q{…}` and its kin `sx` (nested brackets counted); `m/…/`, `s/…/…/`, `tr`, `y` and a bare
// `/…/` `sr` wherever they stand (so `$a / $b / $c` holds a regex, and `y = 1;` reaches for two
// more `=`, as in Rouge), `<FH>` `sr`; a word before `=>` `s`; heredocs `s` whole; POD from
// `=word` at a line's start to `=cut` `cm`; `__END__` and all after it `cp`; `sub NAME` `nf`.
// Rouge's rule for a regex after `=~` or `(` looks behind the scan position, so it never holds.
// Ruby's `\w` is ASCII even ignoring case, while `[a-z]` ignoring case takes the Kelvin sign and
// the long s too; Rouge's `[^\1]` is any character but U+0001 (an octal escape, not the group).

const KEYWORDS = `case continue do else elsif for foreach if last my next our redo reset then unless until while
  use print new BEGIN CHECK INIT END return`;
const BUILTINS = `abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot close
  closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each endgrent endhostent endnetent
  endprotoent endpwent endservent eof eval exec exists exit exp fcntl fileno flock fork format formline getc
  getgrent getgrgid getgrnam gethostbyaddr gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent
  getpeername getpgrp getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid
  getservbyname getservbyport getservent getsockname getsockopt glob gmtime goto grep hex import index int ioctl
  join keys kill last lc lcfirst length link listen local localtime log lstat map mkdir msgctl msgget msgrcv
  msgsnd my next no oct open opendir ord our pack package pipe pop pos printf prototype push quotemeta rand read
  readdir readline readlink readpipe recv redo ref rename require reverse rewinddir rindex rmdir scalar seek
  seekdir select semctl semget semop send setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent
  setservent setsockopt shift shmctl shmget shmread shmwrite shutdown sin sleep socket socketpair sort splice
  split sprintf sqrt srand stat study substr symlink syscall sysopen sysread sysseek system syswrite tell
  telldir tie tied time times tr truncate uc ucfirst umask undef unlink unpack unshift untie utime values vec
  wait waitpid wantarray warn write`;

const alternatives = (list: string) => list.trim().split(/\s+/).join('|');
/** Ruby's `\w` and `\W` (ASCII, even ignoring case). */
const W = '[a-zA-Z0-9_]';
const NOT_W = '[^a-zA-Z0-9_]';
/** Ruby's `[a-z_]` ignoring case. */
const ALPHA = 'a-zA-Z_\\u017F\\u212A';
/** Ruby's `[^\w\s]`. */
const PUNCT = '[^a-zA-Z0-9_ \\t\\n\\v\\f\\r]';
/** Rouge's `((\\\\|\\\1)|[^\1])*?`: escaped delimiters skipped, any character but U+0001. */
const BODY = String.raw`(?:\\\\|\\\1|[^\x01])*?`;

/** A bracketed string (`q{…}`): the bracket nests, `\` escapes it. */
const bracketed = (open: string, close: string): StateRule[] => [
  r(new RegExp(String.raw`\\[${open}${close}\\]`), 'sx'),
  r(/\\/, 'sx'),
  r(new RegExp(`[${open}]`), (m: Machine) => {
    m.token('sx');
    m.push(`${open}_string`);
  }),
  r(new RegExp(`[${close}]`), 'sx', '#pop'),
  r(new RegExp(String.raw`[^${open}${close}\\]+`), 'sx'),
];

/** A delimited regex after `m` or `s…` (`m{…}`, `s{…}{…}`): `sr`, then back. */
const delimited = (open: string, close = open) =>
  r(new RegExp(String.raw`${open}(?:\\[\\${close}]|[^${close}])*${close}[egimosx]*`), 'sr', '#pop');

export const perlRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [
      r(/#[^\n]*/, 'c1'),
      r(new RegExp(`${BOL}=[a-zA-Z0-9]+${SPACE}+[\\s\\S]*?\\n=cut`), 'cm'),
      r(u(`(?:${alternatives(KEYWORDS)})${WORD_END}`), 'k'),
      r(new RegExp(`(format)(${SPACE}+)(${W}+)(${SPACE}*)(=)(${SPACE}*\\n)`), (m) => {
        m.groups('k', '', 'n', '', 'p', '');
        m.push('format');
      }),
      r(u(`(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)${WORD_END}`), 'ow'),
      // Substitution and transliteration with brackets: the first part, then the second.
      r(new RegExp(String.raw`(?:s|tr|y)\{(?:\\\\|\\\}|[^}])*\}${SPACE}*`), 'sr', 'balanced_regex'),
      r(new RegExp(String.raw`(?:s|tr|y)<(?:\\\\|\\>|[^>])*>${SPACE}*`), 'sr', 'balanced_regex'),
      r(new RegExp(String.raw`(?:s|tr|y)\[(?:\\\\|\\\]|[^\]])*\]${SPACE}*`), 'sr', 'balanced_regex'),
      r(new RegExp(String.raw`(?:s|tr|y)\((?:\\\\|\\\)|[^)])*\)${SPACE}*`), 'sr', 'balanced_regex'),
      // With any other delimiter.
      r(u(`(?:s|tr|y)${SPACE}*(${PUNCT})${BODY}\\1${BODY}\\1[msixpodualngcr]*`), 'sr'),
      r(u(`(?:s|tr|y)${SPACE}+(${W})${BODY}\\1${BODY}\\1[msixpodualngcr]*`), 'sr'),
      r(/m?\/(?:\\\\|\\\/|[^/\n])*\/[msixpodualngc]*/, 'sr'),
      r(/m(?=[/!\\{<[(@%$])/, 'sr', 'balanced_regex'),
      r(u(`m${SPACE}*(${PUNCT})${BODY}\\1[msixpodualngc]*`), 'sr'),
      r(u(`m${SPACE}+(${W})${BODY}\\1[msixpodualngc]*`), 'sr'),
      r(new RegExp(`${SPACE}+`), ''),
      r(new RegExp(`(?=[${ALPHA}]${W}*(?:${SPACE}*#[^\\n]*\\n)*${SPACE}*=>)`), (m) => m.push('fat_comma')),
      r(u(`(?:${alternatives(BUILTINS)})${WORD_END}`), 'nb'),
      r(u(`(?:__(?:DIE|WARN)__|DATA|STD(?:IN|OUT|ERR))${WORD_END}`), 'bp'),
      r(/<<(['"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n[\s\S]*?\n\2\n/, 's'),
      r(u(`__(?:END|DATA)__${WORD_END}`), 'cp', 'end_part'),
      r(/\$\^[ADEFHILMOPSTWX]/, 'vg'),
      r(new RegExp(`\\$[\\\\"'[\\]&\`+*.,;=%~?@$!<>(^|/_-](?!${W})`), 'vg'),
      r(/[$@%&*][$@%&*#_]*(?=[a-zA-Z\u017F\u212A{[;])/, 'nv', 'varname'),
      r(/[-+/*%=<>&^|!\\~]=?/, 'o'),
      r(/0_?[0-7]+(?:_[0-7]+)*/, 'mo'),
      r(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'mh'),
      r(/0b[01]+(?:_[01]+)*/, 'mb'),
      r(/(?:\d*(?:_\d*)*\.\d+(?:_\d*)*|\d+(?:_\d*)*\.\d+(?:_\d*)*)(?:[eE][+-]?\d+)?/, 'mf'),
      r(/\d+(?:_\d*)*[eE][+-]?\d+(?:_\d*)*/, 'mf'),
      r(/\d+(?:_\d+)*/, 'mi'),
      r(/'/, 'p', 'sq'),
      r(/"/, 'p', 'dq'),
      r(/`/, 'p', 'bq'),
      r(new RegExp(`<[^${SPACE.slice(1, -1)}>]+>`), 'sr'),
      r(/(?:q|qq|qw|qr|qx)\{/, 'sx', '{_string'),
      r(/(?:q|qq|qw|qr|qx)\(/, 'sx', '(_string'),
      r(/(?:q|qq|qw|qr|qx)\[/, 'sx', '[_string'),
      r(/(?:q|qq|qw|qr|qx)</, 'sx', '<_string'),
      r(u(`(q|qq|qw|qr|qx)(${NOT_W})[\\s\\S]*?\\2`), 'sx'),
      r(new RegExp(`package${SPACE}+`), 'k', 'modulename'),
      r(new RegExp(`sub${SPACE}+`), 'k', 'funcname'),
      r(/\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}/, 'o'),
      r(/[()[\]:;,<>/?{}]/, 'p'),
      r(new RegExp(`(?=${W})`), (m) => m.push('name')),
    ],
    format: [r(/\.\n/, 'si', '#pop'), r(/[^\n]*\n/, 'si')],
    fat_comma: [r(/#[^\n]*/, 'c1'), r(new RegExp(`${W}+`), 's'), r(new RegExp(`${SPACE}+`), ''), r(/=>/, 'o', '#pop')],
    varname: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/[{[]/, 'p', '#pop'),
      r(/[),]/, 'p', '#pop'),
      r(/;/, 'p', '#pop'),
      r(new RegExp(`${W}+::`), 'nn'),
      r(/[a-zA-Z0-9_:]+/, 'nv', '#pop'),
    ],
    name: [
      r(new RegExp(`${W}+::`), 'nn'),
      r(/[a-zA-Z0-9_:]+/, 'nv', '#pop'),
      r(new RegExp(`(?=${NOT_W})`), (m) => m.pop()),
    ],
    modulename: [r(new RegExp(`[${ALPHA}]${W}*`), 'nn', '#pop')],
    funcname: [
      r(new RegExp(`[a-zA-Z_]${W}*[!?]?`), 'nf'),
      r(new RegExp(`${SPACE}+`), ''),
      r(new RegExp(`(\\([$@%]*\\))(${SPACE}*)`), (m) => m.groups('p', '')),
      r(/[^\n]*?\{/, 'p', '#pop'),
      r(/;/, 'p', '#pop'),
    ],
    balanced_regex: [
      delimited('/'),
      delimited('!'),
      r(/\\(?:\\\\|[^\\])*\\[egimosx]*/, 'sr', '#pop'),
      delimited('\\{', '\\}'),
      delimited('<', '>'),
      delimited('\\[', '\\]'),
      delimited('\\(', '\\)'),
      delimited('@'),
      delimited('%'),
      delimited('\\$'),
    ],
    sq: [r(/\\[\\']/, 'se'), r(/[^\\']+/, 's1'), r(/'/, 'p', '#pop'), r(/\\/, 's1')],
    // A character at a time in Rouge (`[^\\"]+?`), so each `$` or `@` may start an interpolation.
    dq: [
      ...interpolation(),
      r(/\\[\\tnrabefluLUE"$@]/, 'se'),
      r(/\\0\d{2}/, 'se'),
      r(/\\o\{\d+\}/, 'se'),
      r(/\\x[0-9a-fA-F]{2}/, 'se'),
      r(/\\x\{[0-9a-fA-F]+\}/, 'se'),
      r(/\\c[^\n]/u, 'se'),
      r(/\\N\{[^}]+\}/, 'se'),
      r(/[^\\"$@]+|[$@]/, 's2'),
      r(/"/, 'p', '#pop'),
      r(/\\/, 'se'),
    ],
    bq: [...interpolation(), r(/\\[\\tnr`]/, 'se'), r(/[^\\`$@]+|[$@]/, 'sb'), r(/`/, 'p', '#pop')],
    '{_string': bracketed('{', '}'),
    '(_string': bracketed('(', ')'),
    '[_string': bracketed('[', '\\]'),
    '<_string': bracketed('<', '>'),
    in_interp: [r(/\}/, 'si', '#pop'), r(new RegExp(`${SPACE}+`), ''), r(new RegExp(`[${ALPHA}]${W}*`), 'si')],
    end_part: [r(/[\s\S]+/, 'cp', '#pop')],
  },
}));

function interpolation(): StateRule[] {
  return [r(/[$@]\{/, 'si', 'in_interp'), r(new RegExp(`[$@][${ALPHA}]${W}*`), 'si')];
}
