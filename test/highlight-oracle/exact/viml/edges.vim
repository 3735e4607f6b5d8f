" A comment line
  "string at a line's start is a comment too"
set nocompatible number tabstop=4 background=dark " a trailing comment is text
let g:mapleader = "," | let s:x = 'it''s' . "esc \" quote" . "\\" . -1 + 42
nnoremap <leader>w :w<CR>
  \ , 'continued'
:syntax on
hi Normal guifg=#ffffff ctermfg=NONE gui=bold,italic guibg=#GG0000
/a\/b/ /a\/b\/ /a\\/ "a\"b\" 'x\'
function! s:Foo(a, b)
  return a:a + g:fooé + leté + éa + xlet
endfunction
autocmd BufWritePre *.py :%s/\s\+$//e
"unclosed
call Foo("unclosed) ünï ✓
