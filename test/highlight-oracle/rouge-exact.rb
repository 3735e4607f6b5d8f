# Writes exact/LANG/NAME.rouge.html for each exact/LANG/NAME.EXT given: Rouge's HTML for a
# sample kiln must colour exactly as Rouge does.
require 'rouge'
ARGV.each do |sample|
  lang = File.basename(File.dirname(sample))
  lexer = Rouge::Lexer.find(lang) or abort("Rouge knows no language #{lang}")
  html = Rouge::Formatters::HTML.new.format(lexer.lex(File.read(sample, encoding: 'utf-8')))
  File.write(sample.sub(/\.[^.\/]+\z/, '.rouge.html'), html)
end
