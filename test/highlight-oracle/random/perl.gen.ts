import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Perl as blog posts show it: pragmas and packages, subs with `my (...) = @_`, hashes with fat
// commas, regex matches and substitutions with every delimiter, interpolating strings with
// escapes, q/qq/qw quotes, heredocs, POD, file handles, and special variables; now and then
// something broken (an unclosed string or regex) and token soup.

export const PERL_SOUP = [
  'my',
  'our',
  'sub',
  'package',
  'use',
  'print',
  'printf',
  'return',
  'if',
  'unless',
  'foreach',
  'eq',
  'ne',
  'cmp',
  'and',
  '=>',
  '=~',
  '!~',
  '->',
  '::',
  '$x',
  '@list',
  '%h',
  '$_',
  '@_',
  '$!',
  '$0',
  '$^W',
  '$#a',
  '${',
  '@{',
  '&f',
  's/',
  's{',
  'tr/',
  'y',
  'm/',
  'm{',
  'm!',
  'qw(',
  'q{',
  'qq[',
  'qr/',
  'qx<',
  '<<EOF',
  '\nEOF\n',
  '=pod\n\n',
  '\n=cut',
  '__END__',
  '__DATA__',
  'STDERR',
  '<STDIN>',
  '0x1F',
  '1_000',
  '.5',
  '1e3',
  '017',
  '0b11',
  '"a $x b"',
  "'it\\'s'",
  '`ls`',
  '\\n',
  '\\x41',
  'Foo::Bar',
  'format STDOUT =\n',
  '\n.\n',
  '#',
  'é',
  'K',
];

const SCALARS = [
  '$x',
  '$name',
  '$self',
  '$count',
  '$i',
  '$_',
  '$line',
  '$fh',
  '$ref',
  '$args{name}',
  '$list[0]',
  '$h->{key}',
  '$ĸ',
];
const ARRAYS = ['@list', '@_', '@ARGV', '@words', '@{$ref}', '@$ref', '@h{qw(a b)}'];
const HASHES = ['%h', '%args', '%ENV', '%$ref', '%counts'];
const SUBS = ['greet', 'process', 'new', 'run', '_private', 'parse_line', 'DESTROY', 'ok?'];
const BUILTIN_CALLS = [
  'join',
  'split',
  'map',
  'grep',
  'sort',
  'keys',
  'values',
  'push',
  'shift',
  'defined',
  'ref',
  'scalar',
  'length',
  'sprintf',
  'lc',
  'uc',
  'exists',
  'delete',
  'die',
  'warn',
  'open',
  'close',
  'chomp',
  'bless',
  'local',
  'wantarray',
];

function str(p: Picker): string {
  const text = () => p.one(['hello', 'a b', '', 'x/y', '%s: %d', 'é 😀', '{}', '#no', '@ home', '$ 5', 'it is'])!;
  const escaped = () =>
    p.one([
      '\\n',
      '\\t',
      '\\\\',
      '\\"',
      '\\x41',
      '\\x{263A}',
      '\\N{U+263A}',
      '\\012',
      '\\cA',
      '\\o{12}',
      '\\$',
      '\\@',
      '\\q',
      '\\e',
    ])!;
  switch (p.int(0, 9)) {
    case 0:
    case 1:
      return `"${text()}${p.chance(0.5) ? escaped() : ''}${p.chance(0.5) ? p.one(SCALARS) : ''}${text()}"`;
    case 2:
      return `"${p.one([`\${name}`, '@{[ 1 + 1 ]}', `\${ x }`, '@list', '$h{a}', '$1', `\${\\ $x}`])} ${text()}"`;
    case 3:
      return `'${text()}${p.one(['', "\\'", '\\\\', '\\n', '$x'])}'`;
    case 4:
      return `${p.one(['q', 'qq', 'qw', 'qr', 'qx'])}${p.one(['{a {b} c}', '(a b c)', '[x [y] z]', '<a <b> c>', '/a b/', '!x!', '|a|', '#x#', '{unclosed', ' x ', '{a\\}b}'])}`;
    case 5:
      return `\`${p.one(['ls -l', 'echo $HOME', 'date \\` x', 'a\\tb'])}\``;
    case 6:
      return p.one(['"never closed', "'never closed", '"line one\nline two"']);
    default:
      return `"${text()}"`;
  }
}

function regex(p: Picker): string {
  const body = () => p.one(['foo', '^\\s*(\\w+)$', 'a\\/b', '\\d+', '[a-z]+', '(?:x|y)', 'a.b', '\\\\', ''])!;
  const flags = () => p.one(['', 'g', 'i', 'gx', 'msix', 'e', 'r'])!;
  switch (p.int(0, 8)) {
    case 0:
    case 1:
      return `/${body()}/${flags()}`;
    case 2:
      return `m${p.one(['/', '{', '!', '#', '|', '(', '[', '<', ' x', '@', '%'])}${body()}${p.one(['/', '}', '!', '#', '|', ')', ']', '>', 'x', '@', '%'])}${flags()}`;
    case 3:
    case 4:
      return `s/${body()}/${p.one(['bar', '$1', '\\u$1', ''])}/${flags()}`;
    case 5:
      return `s${p.one(['{a}{b}', '{a} {b}', '(a)(b)', '<a><b>', '[a][b]', '{a}\n    {b}', '!a!b!', '|a|b|', '#a#b#', ' xaxbx', '{a}/b/'])}${flags()}`;
    case 6:
      return `${p.one(['tr', 'y'])}${p.one(['/a-z/A-Z/', '{a-z}{A-Z}', '!a!b!', '/a//d'])}`;
    case 7:
      return `qr/${body()}/${flags()}`;
    default:
      return `/${body()}`;
  }
}

function number(p: Picker): string {
  return p.one([
    '0',
    '42',
    '1_000_000',
    '3.14',
    '.5',
    '1.',
    '1e10',
    '2.5E-3',
    '0x1F',
    '0xff_ff',
    '0b1010',
    '017',
    '0_17',
    '08',
    '1..10',
    '1_',
    '10_000.5',
  ])!;
}

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([() => p.one(SCALARS), () => number(p), () => str(p)])();
  switch (p.int(0, 11)) {
    case 0:
      return `${expr(p, depth + 1)} ${p.one(['+', '-', '*', '/', '%', '**', '.', 'x', '==', '!=', '<', '>=', '<=>', 'eq', 'ne', 'lt', 'cmp', '&&', '||', '//', 'and', 'or', '=~', '!~', '..'])} ${expr(p, depth + 1)}`;
    case 1:
      return `${p.one(BUILTIN_CALLS)}${p.one(['(', ' '])}${p.many(p.int(0, 2), () => expr(p, depth + 1), ', ')}${p.one([')', ''])}`;
    case 2:
      return `${p.one(['map', 'grep', 'sort'])} { ${p.one(['$_ * 2', '$_ > 1', '$a <=> $b', 'lc', '{ $_ => 1 }'])} } ${p.one(ARRAYS)}`;
    case 3:
      return `${p.one(SCALARS)} =~ ${regex(p)}`;
    case 4:
      return `${p.one(['Foo::Bar', '__PACKAGE__', '$self', '$class', 'My::Module'])}->${p.one(['new', 'method', 'SUPER::new', '{key}', '[0]', '$name'])}(${p.chance(0.5) ? `${p.one(['name', 'x', '-opt'])} => ${expr(p, depth + 1)}` : ''})`;
    case 5:
      return `{ ${p.many(p.int(1, 3), () => `${p.one(['key', 'name', "'quoted'", '"k"', 'x_1', '-flag', 'q', 'y', 's'])} ${p.one(['=>', ' =>', '=> '])} ${expr(p, depth + 1)}`, ', ')} }`;
    case 6:
      return `[${p.many(p.int(0, 3), () => expr(p, depth + 1), ', ')}]`;
    case 7:
      return p.one([
        '$0',
        '$$',
        '$!',
        '$@',
        '$/',
        '$\\',
        '$,',
        '$;',
        '$^W',
        '$^O',
        '$&',
        '$1',
        '$#list',
        '$#{$ref}',
        '<STDIN>',
        '<$fh>',
        '<>',
        'wantarray',
        '__FILE__',
        '\\@list',
        '\\&foo',
        '&$code',
        '*STDOUT',
      ]);
    case 8:
      return str(p);
    case 9:
      return `${p.one(['!', '-', 'not ', 'defined ', '\\'])}${expr(p, depth + 1)}`;
    default:
      return p.one([() => p.one(SCALARS), () => p.one(ARRAYS), () => p.one(HASHES), () => number(p)])();
  }
}

function statement(p: Picker, pad: string, depth = 0): string {
  const block = () => p.many(p.int(1, 3), () => `${statement(p, `${pad}    `, depth + 1)}\n`);
  switch (depth > 1 ? p.int(6, 17) : p.int(0, 17)) {
    case 0:
      return `${pad}${p.one(['if', 'unless', 'while', 'until'])} (${expr(p, 1)}) {\n${block()}${pad}}${p.chance(0.3) ? ` ${p.one(['elsif', 'else'])} {\n${block()}${pad}}` : ''}`;
    case 1:
      return `${pad}${p.one(['foreach', 'for'])} ${p.one(['my $i ', '$x ', '', 'my $item '])}(${p.one(['@list', '0 .. $#list', 'sort keys %h', 'reverse @_', '1..10'])}) {\n${block()}${pad}}`;
    case 2:
      return `${pad}while (my $line = <${p.one(['$fh', 'STDIN', 'DATA', ''])}>) {\n${pad}    chomp $line;\n${block()}${pad}}`;
    case 3:
      return `${pad}open(my $fh, ${p.one(["'<'", '">"', "'<:encoding(UTF-8)'"])}, $file) or die "Cannot open $file: $!";`;
    case 4:
      return `${pad}eval {\n${block()}${pad}};\n${pad}if ($@) { warn $@ }`;
    case 5:
      return `${pad}print <<${p.one(['EOF', '"EOF"', "'EOF'", 'EOF;'])}${p.one([';', ''])}\n${p.one(['Dear $name,', 'raw text', '  indented @list'])}\n${p.one(['EOF', ' EOF', 'EOF2'])}\n`;
    case 6:
    case 7:
      return `${pad}my ${p.one(['$x', '@list', '%h', '($self, %args)', '($a, $b)', '$ref'])} = ${expr(p)};`;
    case 8:
      return `${pad}${p.one(SCALARS)} ${p.one(['=', '+=', '-=', '.=', '||=', '//=', '**=', 'x=', '&&=', '|='])} ${expr(p)};`;
    case 9:
      return `${pad}${p.one(['print', 'printf', 'say', 'return', 'push @list,', 'die', 'warn'])} ${p.one(['', 'STDERR ', '{$fh} ', '$fh '])}${expr(p)}${p.one(['', ' if $x', ' unless defined $y', ' for @list', ' or die'])};`;
    case 10:
      return `${pad}${p.one(['next', 'last', 'redo', 'return'])}${p.one(['', ' if /^#/', ' unless $x', ' LINE'])};`;
    case 11:
      return `${pad}# ${p.one(['comment', 'TODO: fix', 'a "quoted" => thing', '$x = 1', ''])}`;
    case 12:
      return `${pad}${p.one(SCALARS)} =~ ${regex(p)};`;
    case 13:
      return `${pad}${p.one(['local $_ = shift;', 'local $| = 1;', 'my $self = shift;', 'return wantarray ? @r : \\@r;', 'bless $self, $class;', '1;', '$x++;', '--$y;', 'chomp(my $in = <STDIN>);'])}`;
    case 14:
      return `${pad}${p.one(SUBS)}(${p.many(p.int(0, 2), () => expr(p, 1), ', ')});`;
    default:
      return `${pad}${expr(p)};`;
  }
}

function top(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
      return p.one([
        'use strict;',
        'use warnings;',
        'use 5.010;',
        'use utf8;',
        'use POSIX qw(floor ceil);',
        'use List::Util qw/sum max/;',
        'use parent -norequire, "Base";',
        'no strict "refs";',
        'require Exporter;',
        'use constant PI => 3.14159;',
      ]);
    case 1:
      return `package ${p.one(['Foo', 'Foo::Bar', 'My::Module', 'main'])}${p.one([';', ' {', ' 1.0;'])}`;
    case 2:
    case 3:
    case 4:
      return `sub ${p.one(SUBS)}${p.one(['', ' ($$)', '($)', ' ($x, $y)', ' :lvalue'])}${p.one([' {', '\n{', '{'])}\n${p.many(p.int(1, 4), () => `${statement(p, '    ')}\n`)}}`;
    case 5:
      return `=${p.one(['pod', 'head1 NAME', 'head2 Methods', 'item *', 'begin html'])}${p.one(['\n\n', ' ', '\n'])}${p.one(['Some documentation.', 'Foo - does things', ''])}\n${p.one(['\n=cut', '=cut', '\n=cut\n', '\n=end html\n\n=cut'])}`;
    case 6:
      return `format ${p.one(['STDOUT', 'STDOUT_TOP', 'REPORT'])} =\n@<<<<<< @>>>>> @||||\n$name, $value, $x\n.`;
    case 7:
      return `${p.one(['print', 'my $x =', 'return'])} ${p.one(['__FILE__', '__LINE__', 'STDIN', 'STDOUT', '__WARN__', 'DATA'])};`;
    case 8:
      return `#!/usr/bin/${p.one(['perl', 'env perl', 'perl -w'])}`;
    case 9:
      return `our ${p.one(['$VERSION', '@ISA', '@EXPORT_OK', '%CONFIG'])} = ${expr(p)};`;
    case 10:
      return p.one([
        'BEGIN { unshift @INC, "lib" }',
        'END { close STDOUT }',
        '1;',
        '__PACKAGE__->run(@ARGV) unless caller;',
        'exit main();',
      ]);
    default:
      return statement(p, '');
  }
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, PERL_SOUP);
  let code = '';
  const pieces = p.int(2, 7);
  for (let i = 0; i < pieces; i++) code += top(p) + p.one(['\n', '\n', '\n', '\n\n', ' \n', '\r\n', '\n\t\n']);
  // The data after `__END__` ends a script: it is no code.
  if (p.chance(0.1))
    code += `${p.one(['__END__', '__DATA__', '__END__ # x'])}\n${p.one(['data line', 'print "not code";', ''])}`;
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
