# Writes src/render/templates/filters/addressable-nfkc-data.ts: which characters the Unicode
# normalisation of Ruby's Addressable 2.8.1 (its own NFKC, from an old Unicode 3.2 table, which
# Jekyll's relative_url, absolute_url and uri_escape get through Addressable::URI#normalize)
# changes, and where what it makes of one differs from today's NFKC. Every code point is tried.
#
#   ruby scripts/addressable-nfkc.rb > src/render/templates/filters/addressable-nfkc-data.ts
require "addressable/uri"
abort "expected addressable 2.8.1, found #{Addressable::VERSION::STRING}" unless Addressable::VERSION::STRING == "2.8.1"

changed = []
older = {}
(0x80..0x10FFFF).each do |cp|
  next if (0xD800..0xDFFF).cover?(cp)
  c = [cp].pack("U")
  a = Addressable::IDNA.unicode_normalize_kc(c)
  next if a == c
  changed << cp
  older[cp] = a if a != c.unicode_normalize(:nfkc)
end
ranges = changed.slice_when { |a, b| b != a + 1 }.map { |r| r.first == r.last ? r.first.to_s(16) : "#{r.first.to_s(16)}-#{r.last.to_s(16)}" }
hex = ->(s) { s.unpack("U*").map { |x| format("\\u{%x}", x) }.join }

puts "// Written by `ruby scripts/addressable-nfkc.rb` (Addressable #{Addressable::VERSION::STRING}); do not edit."
puts "// The characters past ASCII that Addressable's NFKC changes (#{changed.size}, up to U+#{changed.max.to_s(16).upcase}), as"
puts "// hexadecimal code points and ranges; it leaves every other one as it is."
puts "export const ADDRESSABLE_NFKC_CHANGES ="
line = "  '"
ranges.each_with_index do |r, i|
  piece = r + (i < ranges.size - 1 ? "," : "")
  if line.size + piece.size > 100
    puts line + "' +"
    line = "  '"
  end
  line += piece
end
puts line + "';"
puts "// Where Addressable's table makes of a character other than today's NFKC does."
puts "export const ADDRESSABLE_NFKC_OLDER: Readonly<Record<number, string>> = {"
older.each { |cp, a| puts "  #{cp}: '#{hex.(a)}', // U+#{cp.to_s(16).upcase}" }
puts "};"
