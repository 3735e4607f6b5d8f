#!/usr/bin/env ruby
# Converts Markdown as Jekyll 4.3.1 does for a site with the given `kramdown:` block, for
# scripts/rouge-opts-oracle.ts: one JSON object a line on stdin ({"kramdown": {...}, "markdown": "..."}),
# one a line on stdout: {"html": ...}, or {"error": CLASS} when Jekyll's converter raised.
require "json"
require "jekyll"

$stdout.sync = true
$stdin.each_line do |line|
  job = JSON.parse(line)
  # Jekyll merges the site's kramdown block over its defaults (which it freezes).
  kramdown = Marshal.load(Marshal.dump(Jekyll::Configuration::DEFAULTS["kramdown"])).merge(job["kramdown"])
  begin
    parser = Jekyll::Converters::Markdown::KramdownParser.new("highlighter" => "rouge", "kramdown" => kramdown)
    puts JSON.generate("html" => parser.convert(job["markdown"]))
  rescue StandardError => e
    puts JSON.generate("error" => e.class.name)
  end
end
