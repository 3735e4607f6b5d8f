import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Haskell as posts show it: module headers with export lists, imports (qualified, `as`,
// `hiding`, lists), type signatures with classes and constraints, data types and records,
// instances, functions with guards and `where`, `do` blocks, lambdas and sections, operators
// of symbols (`<$>`, `>>=`, `-->`), pragmas, Haddock comments, characters and strings with
// Haskell's escapes, quasi-quotes; and what a paste breaks: an unclosed string, comment or
// character, an escape Haskell has not, Unicode.
const NAMES = [
  'x',
  'xs',
  'acc',
  'f',
  'go',
  "x'",
  'n',
  'mapM_',
  'foldr',
  'putStrLn',
  'return',
  'ünï',
  '_',
  '_unused',
  'where_',
];
const TYPES = ['Int', 'String', 'Maybe a', '[a]', 'IO ()', 'Map.Map k v', 'Either String Int', "'True", '()', '[ ]'];
const ATOMS = [
  '0',
  '42',
  '1.5',
  '1e3',
  '2.5e-3',
  '0o17',
  '0xFF',
  "'a'",
  "'\\n'",
  "'\\''",
  "'\\x41'",
  "'\\SOH'",
  "'\\^A'",
  "'ab'",
  "'\\q'",
  '"hello"',
  '"esc \\n \\" \\SOH\\&H \\^[ \\1234 \\o17 \\x41"',
  '"gap \\   \\ here"',
  '"bad \\q"',
  '"ünï ✓"',
  '""',
  '()',
  '[]',
  'Nothing',
  'Just',
];
const OPERATORS = [
  '+',
  '-',
  '*',
  '.',
  '$',
  '<$>',
  '<*>',
  '>>=',
  '>>',
  '++',
  ':',
  '==',
  '/=',
  '<=',
  '&&',
  '||',
  '-->',
  '`div`',
  '`elem`',
  '!!',
  '\\\\',
  ':|',
];

function expr(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([...NAMES, ...ATOMS]);
  switch (p.int(0, 8)) {
    case 0:
      return `${p.one(NAMES)} ${p.many(p.int(1, 2), () => expr(p, depth + 1), ' ')}`;
    case 1:
      return `${expr(p, depth + 1)} ${p.one(OPERATORS)} ${expr(p, depth + 1)}`;
    case 2:
      return `(${p.one(['', '+ 1', '\\x -> x', `${expr(p, depth + 1)}, ${expr(p, depth + 1)}`])})`;
    case 3:
      return `[${p.one(['', 'x | x <- xs, even x', '1..10', `${expr(p, depth + 1)}, ${expr(p, depth + 1)}`])}]`;
    case 4:
      return `\\${p.one(['x', '_', '(a, b)', ' x'])} -> ${expr(p, depth + 1)}`;
    case 5:
      return `[${p.one(['r', 'qq', 'sql', 'Foo'])}|${p.one(['SELECT * FROM t', 'a | b', 'x\ny'])}|]`;
    default:
      return p.one([...NAMES, ...ATOMS]);
  }
}

function decl(p: Picker): string {
  switch (p.int(0, 11)) {
    case 0:
      return p.one([
        '-- comment',
        '-- | Haddock doc',
        '--> not a comment',
        '--- still a comment',
        '{- block -}',
        '{- nested {- inner -} -}',
        '{-# LANGUAGE OverloadedStrings #-}',
        '{- never closed',
      ]);
    case 1:
      return `module ${p.one(['Main', 'Data.Foo', 'Foo.Bar'])}${p.one([' where', ' (main, Foo(..), (<+>)) where', '\n  ( foo\n  , bar\n  ) where', ''])}`;
    case 2:
      return `import ${p.one(['', 'qualified '])}${p.one(['Data.Map', 'Control.Monad', 'Data.Text', 'Prelude'])}${p.one(['', ' as M', ' (foo, Bar(..), (<|>))', ' hiding (lookup)', '(x)', ' qualified as T'])}`;
    case 3:
      return `${p.one(NAMES)} :: ${p.one(['', 'Ord a => ', '(Show a, Eq a) => '])}${p.one(TYPES)} -> ${p.one(TYPES)}`;
    case 4:
      return `data ${p.one(['Shape', 'Tree a', 'Person'])} = ${p.one(['Circle Double | Square Double', 'Leaf | Node (Tree a) a (Tree a)', '{ name :: String, age :: !Int }'])}${p.chance(0.5) ? ' deriving (Show, Eq)' : ''}`;
    case 5:
      return `instance ${p.one(['Show', 'Functor', 'Monad m =>'])} ${p.one(TYPES)} where\n  ${p.one(NAMES)} ${p.one(['_', 'x'])} = ${expr(p, 1)}`;
    case 6:
      return `${p.one(NAMES)} ${p.one(['x', 'n', '(x:xs)', '_'])}\n  | ${expr(p, 2)} = ${expr(p, 1)}\n  | otherwise = ${expr(p, 1)}\n  where ${p.one(NAMES)} = ${expr(p, 2)}`;
    case 7:
      return `main = do\n  ${p.one(NAMES)} <- ${expr(p, 1)}\n  let ${p.one(NAMES)} = ${expr(p, 2)}\n  ${expr(p, 1)}`;
    default:
      return `${p.one(NAMES)} ${p.many(p.int(0, 2), () => p.one(NAMES), ' ')} = ${expr(p)}`;
  }
}

const FRAGMENTS = [
  ...NAMES,
  ...TYPES,
  ...ATOMS,
  ...OPERATORS,
  '{-',
  '-}',
  '{-#',
  '--',
  '"',
  "'",
  '\\',
  'import',
  'module',
  'where',
  'qualified',
  'as',
  'hiding',
  '(',
  ')',
  '[',
  '|]',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 6), () => decl(p), p.one([newline, `${newline}${newline}`]))}${p.one(['\n', '\n', ''])}`;
};
export default generate;
