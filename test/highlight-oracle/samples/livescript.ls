# Builds the search index for the docs
require! {fs, path}
{map, filter, sort-by, take} = require 'prelude-ls'

STOP_WORDS = <[ the a an of to and in ]>

tokenize = (text) ->
  text.to-lower-case!
  |> (.split /[^a-z0-9]+/)
  |> filter (w) -> w.length > 2 and w not in STOP_WORDS

class Index
  (@docs = []) ->
    @terms = {}

  add: (doc) !->
    @docs.push doc
    for term in tokenize doc.body
      (@terms[term] ?= []).push doc.id

  search: (query, limit = 10) ->
    ids = tokenize query |> map (t) ~> @terms[t] or []
    counts = {}
    for list in ids then for id in list then counts[id] = (counts[id] or 0) + 1
    Object.keys counts
    |> sort-by (-> -counts[it])
    |> take limit

index = new Index
for file in fs.readdir-sync \pages when path.extname(file) is '.md'
  index.add id: file, body: fs.read-file-sync "pages/#file", \utf8

console.log "Indexed #{index.docs.length} pages, #{Object.keys(index.terms).length} terms"
console.log index.search 'install guide', 5
x = 1_000 + 0x1F * 2.5e3
