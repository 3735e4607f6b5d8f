# Reads one JSON array of [lang, code] pairs on standard input and writes Rouge's HTML for each
# (a JSON array of strings) on standard output: the oracle of the random highlight cases
# (scripts/fuzz-highlight.ts, scripts/highlight-random-oracle.ts). Rouge 3.30, as Debian's jekyll has it.
require 'json'
require 'rouge'
cases = JSON.parse($stdin.read)
out = cases.map do |lang, code|
  lexer = Rouge::Lexer.find(lang) or abort("Rouge knows no language #{lang}")
  Rouge::Formatters::HTML.new.format(lexer.lex(code))
end
$stdout.write(JSON.generate(out))
