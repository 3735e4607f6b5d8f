# Prints, as JSON, what Jekyll's `slugify: latin` (I18n.transliterate with its default
# approximations) makes of each character from U+0080 to U+FFFF that it does not turn into "?".
# src/shared/latin-transliterations.ts holds its output:
#   ruby scripts/latin-transliterations.rb > /tmp/t.json  (then paste the entries)
require "json"
require "i18n"
I18n.config.available_locales = :en
out = {}
(0x80..0xFFFF).each do |cp|
  next if (0xD800..0xDFFF).cover?(cp)
  c = [cp].pack("U")
  t = I18n.transliterate(c)
  out[c] = t unless t == "?"
end
puts JSON.generate(out)
