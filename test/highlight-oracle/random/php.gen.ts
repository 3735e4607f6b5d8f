import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

/** PHP's fragments for token soup (soup.ts). */
const PHP_SOUP = [
  '<?php',
  '<?=',
  '<?',
  '?>',
  '<?PHP',
  '<div>',
  '</p>',
  '$x',
  '$$y',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: PHP's own ${…}
  '${$z}',
  '$this->',
  'function',
  'fn',
  'use',
  'const',
  'catch',
  'public',
  'private',
  'static',
  'readonly',
  'abstract',
  'new',
  'class',
  'namespace',
  'extends',
  'implements',
  'return',
  'echo',
  'array(',
  'count(',
  'strlen (',
  'foo(',
  'true',
  'NULL',
  'stdClass',
  'App\\Models\\',
  'E_ALL',
  'PHP_EOL',
  'MAX_SIZE',
  '__DIR__',
  '__x__',
  '::',
  '->',
  '=>',
  '...',
  '.=',
  '1.5',
  '.5',
  '1e3',
  '0x1F',
  '0b101',
  '017',
  '1_000',
  '"a $b c"',
  '"{$a}"',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: PHP's own ${…}
  '"${a}"',
  '"{a}"',
  '"\\n\\x41\\u{1F600}"',
  "'s\\'q'",
  '`ls`',
  '<<<EOT\nbody $x\nEOT;\n',
  "<<<'NOW'\nraw\n  NOW\n",
  '# c',
  '// c',
  '/* c */',
  '/** d */',
  '/**/',
  '#[Attr]',
  'int',
  '?string',
  '&$r',
];

// PHP as blog posts show it: a `<?php` file or a bare snippet (no opening tag, which Rouge then
// lexes as PHP from the start), templates mixing HTML and `<?php … ?>` / `<?= … ?>`, namespaces
// and `use` lists, classes with constants, properties, typed methods, closures and arrow
// functions, every literal kind (numbers, single-, double-quoted and backtick strings with
// variables and `{…}`, heredocs and nowdocs), comments of each kind, and stray signs.
// biome-ignore lint/suspicious/noTemplateCurlyInString: PHP's own ${…}
const VARS = ['$x', '$i', '$post', '$posts', '$this', '$request', '$_GET', '$data', '$ünï', '$$name', '${$v}', '$a1'];
const CLASSES = ['Post', 'Controller', 'Request', 'App\\Models\\User', '\\Exception', 'PDO', 'DateTime', 'Größe'];
const FUNCS = ['count', 'strlen', 'array_map', 'json_encode', 'foo', 'render', 'isset', 'empty', 'sprintf', 'myFunc'];
const TYPES = ['int', 'string', '?string', 'array', 'bool', 'float', 'void', 'self', 'mixed', 'Post', '?Post'];

function str(p: Picker): string {
  return p.one([
    "'single'",
    "''",
    "'it\\'s'",
    "'back\\\\'",
    "'a\nb'",
    '"double"',
    '""',
    '"Hello, $name!"',
    '"{$post->title}"',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: PHP's own ${…}
    '"${greeting} world"',
    '"$arr[0] and $arr[key]"',
    '"$obj->prop"',
    '"tab\\there\\n"',
    '"\\x41\\101\\u{1F600}\\$x"',
    '"{literal}"',
    '"{$a[\'k\']}"',
    '"<li>{$x}</li>\\n"',
    '"unclosed',
    "'unclosed",
    '`whoami`',
    '"a\\"b"',
    '"{ $x }"',
  ]);
}

function num(p: Picker): string {
  return p.one(['0', '42', '1_000', '3.14', '.5', '5.', '1.5e3', '1E-2', '0x1F', '0XAB', '0b101', '017', '08', '1e3']);
}

function expr(p: Picker, depth = 2): string {
  const leaf = () =>
    p.one([
      () => p.one(VARS),
      () => num(p),
      () => str(p),
      () => p.one(['true', 'false', 'null', 'NULL', 'TRUE', 'PHP_EOL', 'E_ALL', 'MAX_SIZE', '__DIR__', '__CLASS__']),
      () => `${p.one(CLASSES)}::${p.one(['class', 'LIMIT', 'create()', '$count'])}`,
      () => `self::${p.one(['LIMIT', 'make()'])}`,
    ])();
  if (depth <= 0) return leaf();
  const e = () => expr(p, depth - 1);
  switch (p.int(0, 12)) {
    case 0:
      return `${e()} ${p.one(['+', '-', '*', '/', '%', '.', '==', '===', '!==', '<=>', '&&', '||', 'and', 'or', '??', '<', '>=', '**', 'instanceof Post'])} ${e()}`;
    case 1:
      return `${p.one(FUNCS)}${p.one(['', ' '])}(${p.many(p.int(0, 2), e, ', ')})`;
    case 2:
      return `${p.one(VARS)}->${p.one(['name', 'save()', 'get($id)', 'items[0]'])}`;
    case 3:
      return `new ${p.one(CLASSES)}(${p.many(p.int(0, 2), e, ', ')})`;
    case 4:
      return `[${p.many(p.int(0, 3), () => (p.chance(0.5) ? `${str(p)} => ${e()}` : e()), ', ')}]`;
    case 5:
      return `array(${p.many(p.int(0, 2), e, ', ')})`;
    case 6:
      return `function (${params(p)})${p.chance(0.4) ? ` use (${p.one(['$x', '&$y', '$a, $b'])})` : ''} { return ${e()}; }`;
    case 7:
      return `fn(${params(p)}) => ${e()}`;
    case 8:
      return `${e()} ? ${e()} : ${e()}`;
    case 9:
      return `!${e()}`;
    case 10:
      return `(${p.one(['int', 'string', 'array'])}) ${e()}`;
    case 11:
      return `new class { public $x = 1; }`;
    default:
      return leaf();
  }
}

function params(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () =>
      `${p.chance(0.2) ? `${p.one(['public ', 'private readonly ', 'protected '])}` : ''}${p.chance(0.5) ? `${p.one(TYPES)} ` : ''}${p.chance(0.1) ? '...' : ''}${p.chance(0.1) ? '&' : ''}${p.one(VARS)}${p.chance(0.3) ? ` = ${p.one(['null', '1', "'x'", '[]', 'array()', 'self::A'])}` : ''}`,
    ', ',
  );
}

function stmt(p: Picker, pad: string, depth: number): string {
  const inner = () => (depth > 0 ? block(p, `${pad}    `, depth - 1) : `${pad}    ${simple(p)}`);
  switch (depth > 0 ? p.int(0, 12) : 12) {
    case 0:
      return `${pad}if (${expr(p)}) {\n${inner()}\n${pad}}${p.chance(0.4) ? ` elseif (${expr(p, 1)}) {\n${inner()}\n${pad}}` : ''}${p.chance(0.4) ? ` else {\n${inner()}\n${pad}}` : ''}`;
    case 1:
      return `${pad}foreach (${p.one(VARS)} as ${p.chance(0.5) ? '$k => ' : ''}${p.one(VARS)}) {\n${inner()}\n${pad}}`;
    case 2:
      return `${pad}for ($i = 0; $i < count($a); $i++) {\n${inner()}\n${pad}}`;
    case 3:
      return `${pad}while (${expr(p)}) {\n${inner()}\n${pad}}`;
    case 4:
      return `${pad}try {\n${inner()}\n${pad}} catch ${p.one(['(Exception $e)', '(\\RuntimeException | LogicException $e)', '(Throwable)'])} {\n${inner()}\n${pad}}${p.chance(0.3) ? ` finally {\n${inner()}\n${pad}}` : ''}`;
    case 5:
      return `${pad}switch (${p.one(VARS)}) {\n${pad}    case ${num(p)}:\n${inner()}\n${pad}        break;\n${pad}    default:\n${pad}        ${simple(p)}\n${pad}}`;
    case 6:
      return `${pad}function ${p.one(['&', ''])}${p.one(FUNCS)}(${params(p)})${p.chance(0.5) ? `: ${p.one(TYPES)}` : ''}\n${pad}{\n${inner()}\n${pad}}`;
    default:
      return `${pad}${simple(p)}`;
  }
}

function simple(p: Picker): string {
  switch (p.int(0, 10)) {
    case 0:
      return `${p.one(VARS)} ${p.one(['=', '.=', '+=', '??=', '=&'])} ${expr(p)};`;
    case 1:
      return `return ${expr(p)};`;
    case 2:
      return `echo ${expr(p)}${p.chance(0.3) ? `, ${expr(p, 0)}` : ''};`;
    case 3:
      return `throw new ${p.one(['Exception', '\\InvalidArgumentException'])}(${str(p)});`;
    case 4:
      return comment(p);
    case 5:
      return `${p.one(['print_r', 'var_dump', 'unset', 'require_once', 'include'])}(${expr(p, 1)});`;
    case 6:
      return `list($a, $b) = ${expr(p, 1)};`;
    case 7:
      return `global $db;`;
    case 8:
      return `$html = <<<${p.one(['EOT', '"EOT"', "'EOT'", 'HTML'])}\n  <p>{$x}</p> $y\n  ${p.one(['EOT', 'EOT', 'HTML', 'eot'])};`;
    default:
      return `${expr(p)};`;
  }
}

function block(p: Picker, pad: string, depth: number): string {
  return p.many(p.int(1, 3), () => stmt(p, pad, depth), '\n');
}

function comment(p: Picker): string {
  return p.one([
    '// a comment',
    '# hash comment',
    '/* block */',
    '/** doc */',
    '/**\n * @param int $x\n * @return void\n */',
    '/**/',
    '/***/',
    '/* never closed',
    '// ends ?> here',
    '# ünïcode ✓',
  ]);
}

function member(p: Picker, pad: string): string {
  switch (p.int(0, 7)) {
    case 0:
      return `${pad}${p.one(['const', 'public const', 'private const'])} ${p.one(['LIMIT', 'A', 'DEFAULT_NAME', 'x'])} = ${expr(p, 1)};`;
    case 1:
      return `${pad}${p.one(['public', 'private', 'protected', 'public static', 'private readonly', 'var'])} ${p.chance(0.4) ? `${p.one(TYPES)} ` : ''}${p.one(VARS)}${p.chance(0.6) ? ` = ${expr(p, 1)}` : ''};`;
    case 2:
      return `${pad}use ${p.one(['HasFactory', 'Notifiable, SoftDeletes', 'A { foo as bar; }'])};`;
    case 3:
      return `${pad}${comment(p)}`;
    default: {
      const mods = p.one([
        'public ',
        'private ',
        'protected ',
        'public static ',
        'abstract public ',
        'final public ',
        '',
      ]);
      const head = `${pad}${mods}function ${p.one(['__construct', 'index', 'show', 'getName', 'handle', 'ünï'])}(${params(p)})${p.chance(0.5) ? `: ${p.one(TYPES)}` : ''}`;
      if (mods.startsWith('abstract')) return `${head};`;
      return `${head}${p.one([`\n${pad}`, ' '])}{\n${block(p, `${pad}    `, 1)}\n${pad}}`;
    }
  }
}

function classDecl(p: Picker): string {
  const kind = p.one(['class', 'final class', 'abstract class', 'interface', 'trait']);
  const name = p.one(['PostController', 'User', 'Größe', 'A']);
  const ext = p.chance(0.4) ? ` extends ${p.one(CLASSES)}` : '';
  const impl = p.chance(0.3) ? ` implements ${p.one(['JsonSerializable', 'A, B', '\\Countable'])}` : '';
  return `${kind} ${name}${ext}${impl}\n{\n${p.many(p.int(1, 3), () => member(p, '    '), '\n\n')}\n}`;
}

function header(p: Picker): string {
  const lines: string[] = [];
  if (p.chance(0.5)) lines.push(`namespace ${p.one(['App\\Http\\Controllers', 'Blog', 'App\\Models'])};`);
  for (let k = p.int(0, 3); k > 0; k--)
    lines.push(
      `use ${p.one(['App\\Models\\Post', 'Illuminate\\Http\\Request', 'function App\\helper_fn', 'const App\\LIMIT', 'App\\{A, B}', 'Foo as Bar'])};`,
    );
  return lines.join('\n');
}

function phpCode(p: Picker): string {
  const parts: string[] = [];
  if (p.chance(0.5)) parts.push(header(p));
  for (let k = p.int(1, 3); k > 0; k--)
    parts.push(p.one([() => classDecl(p), () => block(p, '', 1), () => stmt(p, '', 1)])());
  return parts.join(p.one(['\n\n', '\n']));
}

function template(p: Picker): string {
  return p.many(p.int(2, 6), () =>
    p.one([
      () => `<ul>\n`,
      () => `<li class="item"><?= ${expr(p, 1)} ?></li>\n`,
      () => `<?php foreach (${p.one(VARS)} as $p): ?>\n`,
      () => `<?php endforeach; ?>\n`,
      () => `<?php if (${expr(p, 1)}) { ?>\n<p>yes</p>\n<?php } ?>\n`,
      () => `<a href="<?php echo ${p.one(VARS)}; ?>">link</a>\n`,
      () => `<script>var x = <?= json_encode($x) ?>;</script>\n`,
      () => `<?php\n${phpCode(p)}\n?>\n`,
      () => `<p>Text &amp; more</p>\n`,
      () => `<?PHP echo 1 ?>`,
      () => `<? echo 2; ?>`,
    ])(),
  );
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, PHP_SOUP);
  const start = p.one(['<?php\n', '<?php\n\n', '', '', '  <?php\n', '<!DOCTYPE html>\n', '<html>\n']);
  let code: string;
  if (start.includes('html') || start.includes('DOCTYPE') || p.chance(0.15)) code = `${start}${template(p)}`;
  else code = `${start}${phpCode(p)}`;
  if (p.chance(0.2)) code += `\n?>\n${p.one(['<p>after</p>', '', 'tail text', '<?php echo 3;'])}`;
  return p.chance(0.85) ? `${code}\n` : code;
};
export default generate;
