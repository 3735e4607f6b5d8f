#!/usr/bin/env ruby
# The reference for kiln's CommonMark converter: jekyll-commonmark 1.4.0's converter (commonmarker
# 0.23.6), as Jekyll 4.3.1 makes it from `commonmark:` in _config.yml. One JSON object a line on
# stdin ({"src": ..., "options": [...], "extensions": [...]}), one JSON string a line on stdout:
# the HTML the converter gives.
#   ruby scripts/commonmark-oracle.rb < jobs.jsonl
require "json"
require "jekyll"
require "jekyll-commonmark"

converters = {}
$stdout.sync = true
$stdin.each_line do |line|
  job = JSON.parse(line)
  settings = { "options" => job["options"] || [], "extensions" => job["extensions"] || [] }
  converter = converters[settings] ||= Jekyll::Converters::Markdown::CommonMark.new("commonmark" => settings)
  $stdout.puts JSON.generate(converter.convert(job["src"]))
end
