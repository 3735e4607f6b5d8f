# Writes expected/LANG.rouge.html for each samples/LANG.EXT given: Rouge's HTML, the short token
# classes a Jekyll 3/4 site's syntax.css styles, one span per token, text escaped.
require 'rouge'
ARGV.each do |sample|
  lang = File.basename(sample).split('.').first
  lexer = Rouge::Lexer.find(lang) or abort("Rouge knows no language #{lang}")
  html = Rouge::Formatters::HTML.new.format(lexer.lex(File.read(sample, encoding: 'utf-8')))
  File.write("expected/#{lang}.rouge.html", html)
end
