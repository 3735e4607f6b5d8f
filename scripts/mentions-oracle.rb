# Writes what jekyll-mentions (Debian's ruby-jekyll-mentions 1.6.0, with html-pipeline and
# Nokogiri) makes of each page in test/unit/plugins/mentions-cases.json, as its "expected", so the
# test needs no Ruby. Usage: ruby scripts/mentions-oracle.rb
require "json"
require "jekyll"
require "jekyll-mentions"

path = File.expand_path("../test/unit/plugins/mentions-cases.json", __dir__)
Page = Struct.new(:output, :site, :data)
Site = Struct.new(:config)
cases = JSON.parse(File.read(path))
cases.each do |c|
  page = Page.new(c["html"].dup, Site.new({}), {})
  Jekyll::Mentions.mentionify(page)
  c["expected"] = page.output
end
File.write(path, JSON.pretty_generate(cases) + "\n")
puts "#{cases.size} cases"
