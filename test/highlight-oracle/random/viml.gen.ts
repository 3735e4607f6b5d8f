import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Vim script as .vimrc files and plugin posts show it: `set` options, mappings, `let` with scoped
// variables, functions with `a:` arguments, `if`/`for`, autocommands and groups, highlights with
// colours, plugin manager lines, strings of both quotes, patterns, comments (whole lines and
// trailing), continued lines; and what a paste breaks: an unclosed quote, a backslash before a
// quote, Unicode.
const OPTIONS = [
  'number',
  'relativenumber',
  'tabstop=4',
  'shiftwidth=2',
  'expandtab',
  'nocompatible',
  'background=dark',
  'encoding=utf-8',
  'hlsearch',
  'clipboard=unnamedplus',
  'ts=8',
  'foo',
];
const COMMANDS = [
  'set',
  'let',
  'nnoremap',
  'inoremap',
  'map',
  'syntax on',
  'filetype plugin indent on',
  'colorscheme gruvbox',
  'autocmd',
  'augroup',
  'call',
  'echo',
  'execute',
  'normal',
  'command!',
  'Plug',
  'highlight',
  'hi',
  'source',
  'silent!',
];
const VALUES = [
  '1',
  '0',
  '-1',
  '42',
  '"string"',
  "'single'",
  '"esc \\" quote"',
  "'it''s'",
  '"\\\\"',
  'g:var',
  's:local',
  'a:arg',
  'b:x',
  '&tabstop',
  'v:true',
  '#ff00aa',
  '#GG0000',
  '"ünï ✓"',
  '[1, 2]',
  "{'a': 1}",
  'expand("%:p")',
  'has("nvim")',
  'exists("g:x")',
];

function line(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
      return p.one(['" comment', '  " indented comment', '"" ünï ✓', '"', '"let x = 1']);
    case 1:
      return `set ${p.many(p.int(1, 3), () => p.one(OPTIONS), ' ')}${p.chance(0.3) ? ' " trailing' : ''}`;
    case 2:
      return `let ${p.one(['g:', 's:', 'b:', '', '&'])}${p.one(['mapleader', 'loaded_foo', 'x', 'my_var'])} = ${p.one(VALUES)}`;
    case 3:
      return `${p.one(['nnoremap', 'inoremap', 'vmap', 'nmap'])} ${p.one(['<leader>w', '<C-n>', 'jk', '<silent> <F5>'])} ${p.one([':w<CR>', '<Esc>', ':NERDTreeToggle<CR>', ':call Foo()<CR>'])}`;
    case 4:
      return `function! ${p.one(['s:Foo', 'MyFunc', 'g:Bar'])}(${p.one(['', 'x', 'a, b', '...'])})\n  ${p.one(['let l:y = a:x + 1', 'return a:0', 'echo "hi"', 'call setline(1, a:x)'])}\nendfunction`;
    case 5:
      return `if ${p.one(['has("gui_running")', 'exists("g:x")', '&compatible', 'v:version >= 800'])}\n  ${p.one(COMMANDS)} ${p.one(VALUES)}\n${p.one(['else\n  set nu\n', 'elseif 1\n', ''])}endif`;
    case 6:
      return `autocmd ${p.one(['BufWritePre', 'BufRead,BufNewFile', 'FileType', 'VimEnter'])} ${p.one(['*', '*.py', 'python', '*.{md,txt}'])} ${p.one(['setlocal ts=4', ':%s/\\s\\+$//e', 'call Foo()', 'set ft=markdown'])}`;
    case 7:
      return `${p.one(['highlight', 'hi'])} ${p.one(['Normal', 'Comment', 'LineNr'])} ${p.one(['guifg=#ffffff', 'ctermfg=NONE', 'gui=bold,italic', 'cterm=underline guibg=#1d2021'])}`;
    case 8:
      return `Plug '${p.one(['tpope/vim-fugitive', 'junegunn/fzf', "x'y"])}'${p.one(['', ", { 'do': './install' }"])}`;
    case 9:
      return `  \\ ${p.one(VALUES)}${p.one([',', ''])}`;
    case 10:
      return `${p.one(['/pattern/', '/a\\/b/', 's/foo/bar/g', '/unclosed', '"unclosed', "'unclosed"])}`;
    default:
      return `${p.one(COMMANDS)} ${p.many(p.int(0, 3), () => p.one([...VALUES, ...OPTIONS]), ' ')}`;
  }
}

const FRAGMENTS = [
  ...OPTIONS,
  ...COMMANDS,
  ...VALUES,
  '"',
  "'",
  '/',
  '\\',
  ':',
  '<CR>',
  'endif',
  'let',
  'g:',
  'NONE',
  'bold',
];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.1) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 7), () => `${p.one(['', '', '  ', ':'])}${line(p)}`, newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
