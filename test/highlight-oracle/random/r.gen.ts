import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// R as blog posts show it (data analysis with dplyr pipes and ggplot2, base R functions, apply
// loops, roxygen comments, S4 slots): assignments with `<-`, `=`, `->` and `<<-`, calls of base R's
// primitives and of other functions (with a blank before `(` too), `%>%` and `%in%`, formulas,
// indexing, `$` and `@`, every number form (`10L`, `2i`, `0x1F`, `1e-3`, `.5`), strings of both
// quotes with escapes and over lines, names in backquotes, dotted and Unicode names, and what
// people paste by mistake: unclosed quotes, a lone `%`, `_x`, a `\` in code.
const NAMES = [
  'x',
  'y',
  'df',
  'data',
  'result',
  'n',
  'i',
  'my.var',
  'my_var',
  '.hidden',
  '..1',
  '._z',
  'x1',
  'mtcars',
  'iris',
  'ggplot',
  'aes',
  'mutate',
  'filter',
  'summarise',
  'group_by',
  'read.csv',
  'lapply',
  'sapply',
  'paste0',
  'print',
  'mean',
  'nrow',
  'library',
  'ünï',
  'größe',
  'Foo',
  'T',
  'F',
  'pi',
  'letters',
  'LETTERS',
  'month.abb',
  'month.name',
  'TRUE',
  'FALSE',
  'NULL',
  'NA',
  'NaN',
  'Inf',
  'NA_integer_',
  'NA_character_',
  'in',
  'next',
  'break',
];
const PRIMITIVES = [
  'abs',
  'c',
  'list',
  'length',
  'is.na',
  'is.null',
  'sum',
  'max',
  'min',
  'seq_len',
  'seq_along',
  'as.numeric',
  'as.character',
  'names',
  'return',
  'switch',
  'invisible',
  'exp',
  'log',
  'round',
  'class',
  'attr',
  'UseMethod',
  'standardGeneric',
  'rep',
  'is.na.data.frame',
  'sqrt',
];
const NUMBERS = [
  '0',
  '1',
  '10L',
  '2i',
  '3.14',
  '.5',
  '1.',
  '1e-3',
  '2E+10',
  '1e5L',
  '0x1F',
  '0XffL',
  '0x1p3',
  '0x',
  '1.5.2',
  '100000',
  '-1',
  '+2',
];
const STRINGS = [
  '"hello"',
  "'world'",
  '"events.csv"',
  '"a \\"quoted\\" word"',
  "'it\\'s'",
  '"tab\\there\\n"',
  '"\\\\"',
  "'\\\\'",
  '"multi\nline"',
  '"ünïcödé ✓"',
  '"%d items"',
  '""',
  "''",
  '"#not a comment"',
];
const OPERATORS = [
  '<-',
  '<<-',
  '->',
  '=',
  '==',
  '!=',
  '<=',
  '>=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '^',
  '%%',
  '%/%',
  '%in%',
  '%>%',
  '%o%',
  '&',
  '&&',
  '|',
  '||',
  '!',
  '~',
  '?',
  ':',
  '::',
  ':::',
  '|>',
];
const COMMENTS = ["#' @param x a value", "#' Roxygen title", '# comment', '#', '## section ----', '# ünï ✓', "#'"];

function atom(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return p.one(NUMBERS);
    case 1:
      return p.one(STRINGS);
    case 2:
      return `${p.one(PRIMITIVES)}${p.one(['(', '(', ' ('])}${p.chance(0.5) ? expr(p, 1) : ''})`;
    case 3:
      return `${p.one(NAMES)}(${p.chance(0.6) ? expr(p, 1) : ''}${p.chance(0.3) ? `, ${p.one(NAMES)} = ${atom(p)}` : ''})`;
    case 4:
      return `${p.one(NAMES)}${p.one(['$', '@', '[', '[['])}${p.one(NAMES)}${p.one(['', ']', ']]'])}`;
    case 5:
      return p.one(['`my var`', '`+`', '`if`', '`a\nb`', '``']);
    default:
      return p.one(NAMES);
  }
}

function expr(p: Picker, depth = 0): string {
  let text = atom(p);
  const n = depth > 1 ? 0 : p.int(0, 3);
  for (let i = 0; i < n; i++) {
    const gap = p.one([' ', ' ', '', '\n  ']);
    text += `${gap}${p.one(OPERATORS)}${gap}${atom(p)}`;
  }
  return text;
}

function statement(p: Picker, indent: string): string {
  switch (p.int(0, 12)) {
    case 0:
      return `${indent}${p.one(COMMENTS)}`;
    case 1:
      return `${indent}if (${expr(p)}) {\n${indent}  ${expr(p)}\n${indent}} else ${expr(p)}`;
    case 2:
      return `${indent}for (${p.one(NAMES)} in ${expr(p, 1)}) {\n${statement(p, `${indent}  `)}\n${indent}}`;
    case 3:
      return `${indent}${p.one(NAMES)} <- function(${p.one(['', 'x', 'x, ...', 'df, n = 10L', 'a, b = TRUE'])}) {\n${statement(p, `${indent}  `)}\n${indent}}`;
    case 4:
      return `${indent}${expr(p)} %>%\n${indent}  ${atom(p)} %>%\n${indent}  ${atom(p)}`;
    case 5:
      return `${indent}while (${expr(p, 1)}) ${p.one(['next', 'break', '{}', 'repeat {}'])}`;
    case 6:
      return `${indent}${p.one(NAMES)} ${p.one(['<-', '=', '<<-'])} ${expr(p)}${p.chance(0.2) ? ` ${p.one(COMMENTS)}` : ''}`;
    case 7:
      return `${indent}${p.one(['y ~ x + z', 'lm(y ~ ., data = df)', 'x[x > 0 & !is.na(x)]', 'a::b(1)', '1:10'])}`;
    case 8:
      return '';
    default:
      return `${indent}${expr(p)}${p.chance(0.1) ? ';' : ''}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...PRIMITIVES.map((f) => `${f}(`),
  ...NUMBERS,
  ...STRINGS,
  ...OPERATORS,
  ...COMMENTS,
  '"',
  "'",
  '`',
  '%',
  '\\"',
  "\\'",
  '_x',
  '..',
  '.',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 10), () => statement(p, p.one(['', '', '  ', '\t'])), newline)}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
