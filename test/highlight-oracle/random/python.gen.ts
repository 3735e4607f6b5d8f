import type { CodeGenerator, Picker } from './random-code.js';

// Python as blog posts show it: imports, decorated classes and functions with annotations and
// docstrings, async code, comprehensions, lambdas, the walrus, every string kind (prefixes,
// triple quotes, escapes, f-strings with nested fields, conversions and format specs), every
// number form, operators, comments, builtin and exception names, `self`, dunders, Unicode names,
// odd spacing, line continuations, Python 2 lines and unterminated strings.
const NAMES = ['x', 'y', 'value', 'items', 'data', 'result', 'n', 'i', 'key', 'os', 'np', 'df', 'app', 'config'];
/** Names that begin like a keyword, a string prefix or an operator word. */
const TRICKY = [
  'index',
  'iffy',
  'notify',
  'format_',
  'default',
  'classify',
  'define',
  'imported',
  'from_',
  'r',
  'rb',
  'f',
  'u',
  'br',
  'fr',
  'isx',
  'and_',
  'or2',
  'in_',
  'print_',
  'selfie',
  'Nonesuch',
  'L',
  'j',
  'e',
];
const UNICODE = ['ünïcode', '名前', 'café', 'Σ', 'x²', 'naïve_π', 'ℕ'];
const BUILTINS = ['len', 'range', 'print', 'isinstance', 'sorted', 'dict', 'list', 'str', 'int', 'open', 'super'];
const EXCEPTIONS = ['ValueError', 'KeyError', 'Exception', 'StopIteration', 'NotImplemented', 'MyError'];
const PSEUDO = ['self', 'None', 'True', 'False', 'Ellipsis', 'cls'];
const DUNDERS = ['__init__', '__name__', '__repr__', '__eq__', '__dict__', '__main__', '__all__'];
const KEYWORDS = ['pass', 'break', 'continue', 'exec', 'yield', 'await', 'async', 'lambda', 'nonlocal', 'global'];
const OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
  '@',
  '<<',
  '>>',
  '&',
  '|',
  '^',
  '<',
  '>',
  '<=',
  '>=',
  '==',
  '!=',
  'and',
  'or',
  'in',
  'not in',
  'is',
  'is not',
];
const AUGMENTED = ['=', '+=', '-=', '*=', '/=', '//=', '%=', '**=', '@=', '<<=', '>>=', '&=', '|=', '^=', ':='];
const ESCAPES = [
  '\\n',
  '\\t',
  '\\\\',
  "\\'",
  '\\"',
  '\\0',
  '\\12',
  '\\777',
  '\\x41',
  '\\xZ',
  '\\u00e9',
  '\\u12',
  '\\U0001F600',
  '\\N{BULLET}',
  '\\N{LATIN SMALL LETTER A}',
  '\\N{x}',
  '\\q',
  '\\d',
  '\\{',
  '\\\n',
  '\\a\\b\\f\\r\\v',
];
const TEXT = ['hello', 'a b', 'it is', 'ünï', '🎉', '%s %d', '<b>&amp;</b>', ' ', '#no comment', 'a:b', 'x!y', '\t'];

function name(p: Picker): string {
  switch (p.int(0, 9)) {
    case 0:
      return p.one(TRICKY);
    case 1:
      return p.one(UNICODE);
    case 2:
      return p.one(BUILTINS);
    case 3:
      return p.one(EXCEPTIONS);
    case 4:
      return p.one(PSEUDO);
    case 5:
      return p.one(DUNDERS);
    default:
      return p.one(NAMES);
  }
}

function digits(p: Picker): string {
  return p.many(p.int(1, 4), () => `${p.chance(0.15) ? '_' : ''}${p.int(0, 9)}`).replace(/^_/, '');
}

function numberLiteral(p: Picker): string {
  const exp = () => `${p.one(['e', 'E'])}${p.one(['', '+', '-'])}${digits(p)}`;
  switch (p.int(0, 13)) {
    case 0:
      return `${p.one(['0b', '0B'])}${p.many(p.int(1, 6), () => `${p.chance(0.2) ? '_' : ''}${p.int(0, 1)}`)}`;
    case 1:
      return `${p.one(['0o', '0O'])}${p.many(p.int(1, 4), () => `${p.chance(0.2) ? '_' : ''}${p.int(0, 7)}`)}`;
    case 2:
      return `${p.one(['0x', '0X'])}${p.many(p.int(1, 6), () => p.one([...'0123456789abcdefABCDEF_']))}`;
    case 3:
      return `${digits(p)}.${digits(p)}${p.chance(0.3) ? exp() : ''}${p.chance(0.2) ? p.one(['j', 'J']) : ''}`;
    case 4:
      return `${digits(p)}.${p.chance(0.3) ? exp() : ''}`;
    case 5:
      return `.${digits(p)}${p.chance(0.3) ? exp() : ''}`;
    case 6:
      return `${digits(p)}${exp()}${p.chance(0.3) ? 'j' : ''}`;
    case 7:
      return `${digits(p)}${p.one(['j', 'J', 'L', 'l'])}`;
    case 8:
      return p.one(['0', '00', '0_0', '007', '0x', '1__0', '1..2', '1.e5', '0b2', '0o8', '1_', '10L', '9e', '1e+']);
    default:
      return digits(p);
  }
}

function stringBody(p: Picker, quote: string, f: boolean): string {
  return p.many(p.int(0, 4), () => {
    switch (p.int(0, 9)) {
      case 0:
      case 1:
        return p.one(ESCAPES);
      case 2:
        return f ? field(p, quote) : p.one(['{', '}', '{x}', '{{', '}}']);
      case 3:
        return p.one(['{{', '}}', '{', '}', '{0}', '{:>10}']);
      case 4:
        // Another kind of quote inside (which does not end the string).
        return p.one([`'`, `"`, `'''`, `"""`, `""`, `''`].filter((q) => !q.startsWith(quote[0]!)));
      case 5:
        return quote.length === 3 ? p.one(['\n', '\nline two\n', `${quote[0]}`, `${quote[0]}${quote[0]}`]) : ' ';
      default:
        return p.one(TEXT);
    }
  });
}

/** An f-string's replacement field: an expression, a conversion, a format spec that may nest fields. */
function field(p: Picker, quote: string): string {
  const inner = p.one(["'", '"'].filter((q) => q !== quote[0]));
  const expression = p.one([
    name(p),
    `${name(p)}.${name(p)}`,
    `${name(p)}[${inner}k${inner}]`,
    `${name(p)}(${numberLiteral(p)}, ${name(p)})`,
    `${name(p)} ${p.one(OPERATORS)} ${numberLiteral(p)}`,
    `${name(p)} if ${name(p)} else ${inner}-${inner}`,
    `${name(p)}=`,
    ` ${name(p)} `,
    `{${inner}a${inner}: 1}[${inner}a${inner}]`,
    `${name(p)}!=${name(p)}`,
    `f${inner}{${name(p)}}${inner}`,
    '',
  ]);
  const conversion = p.chance(0.25) ? p.one(['!r', '!s', '!a', '!x', '!']) : '';
  const spec = p.chance(0.35)
    ? `:${p.one(['>10', '.2f', '^{width}', '{fill}<{n}', ',', '%Y-%m-%d %H:%M', '#x', '', '{w}.{p}f', '=+8'])}`
    : '';
  return `{${expression}${conversion}${spec}}`;
}

function stringLiteral(p: Picker): string {
  const prefix = p.one(['', '', '', 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F', 'rb', 'Rb', 'br', 'fr', 'rf', 'Fr', 'ub']);
  const quote = p.one(["'", '"', "'", '"', "'''", '"""']);
  const f = /f/i.test(prefix);
  // Single-quoted strings stay on one line unless an escaped newline continues them.
  let body = stringBody(p, quote, f);
  if (quote.length === 1) body = body.replace(/(?<!\\)\n/g, ' ');
  // A body that would end the string early, or end in a backslash that eats the quote, is moved on.
  if (body.endsWith('\\') && !body.endsWith('\\\\')) body += ' ';
  if (quote.length === 1) body = body.split(quote).join(`\\${quote}`);
  else body = body.split(quote).join(quote.slice(1));
  return `${prefix}${quote}${body}${quote}`;
}

function atom(p: Picker, depth: number): string {
  switch (p.int(0, 14)) {
    case 0:
    case 1:
      return numberLiteral(p);
    case 2:
    case 3:
      return stringLiteral(p);
    case 4:
      return `${name(p)}(${depth < 2 ? p.many(p.int(0, 3), () => argument(p, depth + 1), ', ') : ''})`;
    case 5:
      return `${name(p)}.${name(p)}${p.chance(0.5) ? `.${name(p)}()` : ''}`;
    case 6:
      return `${name(p)}[${depth < 2 ? expression(p, depth + 1) : numberLiteral(p)}${p.chance(0.3) ? ':' : ''}]`;
    case 7:
      return depth < 2 ? comprehension(p, depth + 1) : '[]';
    case 8:
      return depth < 2
        ? `lambda ${p.one(['', 'x', 'x, y=2', '*args, **kw'])}: ${expression(p, depth + 1)}`
        : 'lambda: 0';
    case 9:
      return `(${depth < 2 ? expression(p, depth + 1) : name(p)})`;
    case 10:
      return p.one(['...', '[]', '{}', '()', '[1, 2, 3]', '{"a": 1, **rest}', '{1, 2}', '(1,)', '`x`']);
    case 11:
      return `${p.one(['await ', 'not ', '-', '~', '*', '**'])}${name(p)}`;
    default:
      return name(p);
  }
}

function argument(p: Picker, depth: number): string {
  return p.chance(0.3) ? `${name(p)}=${expression(p, depth)}` : expression(p, depth);
}

function comprehension(p: Picker, depth: number): string {
  const [open, close] = p.one([
    ['[', ']'],
    ['{', '}'],
    ['(', ')'],
  ]);
  const head = open === '{' && p.chance(0.5) ? `${name(p)}: ${atom(p, depth)}` : atom(p, depth);
  return `${open}${head} for ${name(p)} in ${atom(p, depth)}${p.chance(0.4) ? ` if ${expression(p, depth)}` : ''}${close}`;
}

function expression(p: Picker, depth = 0): string {
  let out = atom(p, depth);
  for (let n = p.int(0, 2); n > 0; n--) out += `${p.one([' ', ' ', '', '  '])}${p.one(OPERATORS)} ${atom(p, depth)}`;
  if (p.chance(0.1)) out = `${out} if ${atom(p, depth)} else ${atom(p, depth)}`;
  if (p.chance(0.05)) out = `(${name(p)} := ${out})`;
  return out;
}

function parameters(p: Picker): string {
  const one = () => {
    const annotation = p.chance(0.4)
      ? `: ${p.one(['int', 'str', 'list[int]', '"Point"', 'Optional[Dict[str, Any]]'])}`
      : '';
    const fallback = p.chance(0.3) ? `${annotation ? ' = ' : '='}${atom(p, 2)}` : '';
    return p.one(['', '', '*', '**']) ? `${p.one(['*', '**'])}${name(p)}` : `${p.one(NAMES)}${annotation}${fallback}`;
  };
  const list = Array.from({ length: p.int(0, 4) }, one);
  if (p.chance(0.5)) list.unshift('self');
  if (p.chance(0.1)) list.splice(p.int(0, list.length), 0, p.one(['/', '*']));
  return list.join(', ');
}

function docstring(p: Picker, pad: string): string {
  const quote = p.one(['"""', "'''", '"', "'"]);
  const prefix = p.one(['', '', 'r', 'u', 'R']);
  const body =
    quote.length === 3
      ? p.one(['Docstring.', `Summary.\n\n${pad}Args:\n${pad}    x: a value.\n${pad}`, ' '])
      : 'Short.';
  return `${pad}${prefix}${quote}${body}${quote}`;
}

function simpleStatement(p: Picker, pad: string): string {
  switch (p.int(0, 22)) {
    case 0:
      return `${pad}return ${expression(p)}`;
    case 1:
      return `${pad}${p.one(['yield', 'yield from', 'await'])} ${expression(p)}`;
    case 2:
      return `${pad}raise ${p.one(EXCEPTIONS)}(${stringLiteral(p)})${p.chance(0.3) ? ` from ${name(p)}` : ''}`;
    case 3:
      return `${pad}${p.one(KEYWORDS)}${p.chance(0.3) ? ` ${name(p)}` : ''}`;
    case 4:
      return `${pad}print ${p.chance(0.3) ? '>>sys.stderr, ' : ''}${stringLiteral(p)}`;
    case 5:
      return `${pad}assert ${expression(p)}, ${stringLiteral(p)}`;
    case 6:
      return `${pad}del ${name(p)}[${numberLiteral(p)}]`;
    case 7:
      return `${pad}# ${p.one(['TODO: fix', 'comment with "quotes"', 'ünïcode', '', '-*- coding: utf-8 -*-', '#'])}`;
    case 8:
      return `${pad}${name(p)} = ${expression(p)}  # ${p.one(['note', 'why', ''])}`;
    case 9:
      return `${pad}${name(p)}, ${name(p)} = ${expression(p)}, ${expression(p)}`;
    case 10:
      return `${pad}${name(p)}: ${p.one(['int', 'str', 'List[str]', 'ClassVar[int]'])}${p.chance(0.5) ? ` = ${atom(p, 1)}` : ''}`;
    case 11:
      return `${pad}${name(p)} = ${expression(p)} \\\n${pad}    ${p.one(OPERATORS)} ${expression(p)}`;
    case 12:
      return `${pad}${name(p)}${p.one(['', ' ', '\t', '   '])}${p.one(AUGMENTED)}${p.one(['', ' ', '  '])}${expression(p)}`;
    case 13:
      return `${pad}${name(p)}; ${name(p)}(); ${p.one(KEYWORDS)}`;
    case 14:
      return `${pad}exec ${stringLiteral(p)}`;
    default:
      return `${pad}${expression(p)}`;
  }
}

function importStatement(p: Picker): string {
  const module = p.one(['os', 'os.path', 'collections.abc', 'numpy', '.', '..models', '.utils', '__future__', 'ünï']);
  switch (p.int(0, 5)) {
    case 0:
      return `import ${module}${p.chance(0.3) ? ` as ${name(p)}` : ''}`;
    case 1:
      return `import ${module}, ${p.one(['sys', 're', 'json'])}`;
    case 2:
      return `from ${module} import (${name(p)}, ${name(p)})`;
    case 3:
      return `from ${module} \\\n    import ${name(p)}`;
    case 4:
      return `from${p.one([' ', '  ', '\t'])}${module}${p.one([' ', '  '])}import ${p.one(['*', name(p)])}`;
    default:
      return `from ${module} import ${name(p)}${p.chance(0.3) ? ` as ${name(p)}` : ''}`;
  }
}

function block(p: Picker, depth: number): string {
  const pad = '    '.repeat(depth + 1);
  const body = p.many(p.int(1, 2), () => statement(p, depth + 1), '\n');
  return p.chance(0.3) ? `${docstring(p, pad)}\n${body}` : body;
}

function statement(p: Picker, depth: number): string {
  const pad = '    '.repeat(depth);
  switch (depth < 2 ? p.int(0, 16) : 16) {
    case 0:
      return `${pad}${p.one(['', 'async '])}def${p.one([' ', ' ', '  ', ' \\\n  '])}${p.chance(0.8) ? name(p) : p.one(['(', '1x'])}(${parameters(p)})${p.chance(0.4) ? ` -> ${p.one(['None', 'int', '"Point"', 'Iterator[str]'])}` : ''}:\n${block(p, depth)}`;
    case 1:
      return `${pad}class ${p.chance(0.8) ? p.one(['Point', 'Base', 'Config', 'Ünï', 'MyError', name(p)]) : '\n'}${p.chance(0.6) ? `(${p.one(['Base', 'object', 'Exception', 'metaclass=ABCMeta', 'Generic[T], Base'])})` : ''}:\n${block(p, depth)}`;
    case 2:
      return `${pad}@${p.one(['property', 'staticmethod', 'app.route("/")', 'functools.wraps(fn)', 'dataclass', 'pytest.mark.parametrize("x", [1, 2])'])}\n${statement(p, depth)}`;
    case 3:
      return `${pad}if ${expression(p)}:\n${block(p, depth)}${p.chance(0.4) ? `\n${pad}elif ${expression(p)}:\n${block(p, depth)}` : ''}${p.chance(0.4) ? `\n${pad}else:\n${block(p, depth)}` : ''}`;
    case 4:
      return `${pad}${p.one(['', 'async '])}for ${name(p)} in ${expression(p)}:\n${block(p, depth)}`;
    case 5:
      return `${pad}while ${expression(p)}:\n${block(p, depth)}`;
    case 6:
      return `${pad}try:\n${block(p, depth)}\n${pad}except ${p.one(['', `${p.one(EXCEPTIONS)} `, `(${p.one(EXCEPTIONS)}, ${p.one(EXCEPTIONS)}) `])}${p.chance(0.5) ? 'as e' : ''}:\n${block(p, depth)}${p.chance(0.4) ? `\n${pad}finally:\n${block(p, depth)}` : ''}`;
    case 7:
      return `${pad}${p.one(['', 'async '])}with ${atom(p, 1)} as ${name(p)}${p.chance(0.3) ? `, ${atom(p, 1)} as ${name(p)}` : ''}:\n${block(p, depth)}`;
    case 8:
      return `${pad}${importStatement(p)}`;
    case 9:
      return p.one(['', '  ', '\t', pad]);
    case 10:
      // A `:` at a line's start before a docstring (as a dict's value continued, or a slice).
      return `${p.one([':', ':  ', ' :'])}${p.one(['', 'r', 'u', 'R', 'b'])}"""${p.one(['doc', 'two\nlines', ''])}"""`;
    default:
      return simpleStatement(p, pad);
  }
}

const generate: CodeGenerator = (p) => {
  let code = p.many(p.int(1, 5), () => statement(p, 0), '\n');
  if (p.chance(0.1)) code = `#!/usr/bin/env python3\n${code}`;
  if (p.chance(0.08))
    code += `\n${p.one(["x = 'unterminated", 'y = "open {', 's = """never closed\n', "f'{x", 'z = "ends \\'])}`;
  return p.chance(0.9) ? `${code}\n` : code;
};
export default generate;
