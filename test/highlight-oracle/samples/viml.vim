" Settings for writing posts
set nocompatible
set tabstop=2 shiftwidth=2 expandtab
let g:post_dir = '~/blog/_posts'

function! NewPost(title) abort
  let l:date = strftime('%Y-%m-%d')
  let l:name = g:post_dir . '/' . l:date . '-' . a:title . '.md'
  execute 'edit ' . l:name
  if line('$') == 1
    call setline(1, ['---', 'title: ' . a:title, '---'])
  endif
endfunction

command! -nargs=1 Post call NewPost(<q-args>)
nnoremap <leader>p :Post<Space>
