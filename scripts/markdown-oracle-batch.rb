#!/usr/bin/env ruby
# Runs the shared reference converter (oracles/markdown.rb) on many documents in one Ruby process,
# for scripts/markdown-oracle.mjs: one JSON object a line on stdin ({"src": ..., "options": {...}}),
# one JSON string a line on stdout (the HTML markdown.rb prints for it), or {"error": MESSAGE}
# when markdown.rb raised.
#   ruby markdown-oracle-batch.rb ORACLE_DIR MODE
# markdown.rb itself is loaded for every document, with its stdin and stdout redirected, so what
# it prints is what `ruby markdown.rb MODE OPTIONS < doc.md` prints, but for the line break `puts`
# adds to an output without one: a document of link definitions only is "" to kramdown, not "\n".
require "json"
require "stringio"
require "timeout"
# kramdown 1.10 loops for minutes on a few generated documents (found by the fuzzer): past this many
# seconds a document counts as one the reference converter failed on, said apart from differences.
LIMIT = Float(ENV.fetch("KILN_ORACLE_LIMIT", "60"))
oracle = File.join(ARGV[0], "markdown.rb")
mode = ARGV[1]
out = $stdout
out.sync = true
$stdin.each_line do |line|
  job = JSON.parse(line)
  opts = job["options"] && !job["options"].empty? ? [JSON.generate(job["options"])] : []
  ARGV.replace([mode, *opts])
  captured = StringIO.new
  def captured.puts(*args) = args.each { |a| write(a.to_s) }
  $stdin_saved = $stdin
  Object.send(:remove_const, :STDIN)
  Object.const_set(:STDIN, StringIO.new(job["src"]))
  $stdout = captured
  failed = nil
  begin
    Timeout.timeout(LIMIT) { load oracle }
  rescue Timeout::Error
    failed = "no output in #{LIMIT} s"
  rescue StandardError => e
    # The reference converter itself fails on some inputs (kramdown 1.10 on an empty footnote):
    # said as an object, so the caller can tell it from any HTML.
    failed = "#{e.class}: #{e.message}"
  ensure
    # markdown.rb 1 puts kramdown 1.10 on the load path for every document: without this the path
    # grows by one entry a document and each later require slows with it.
    $LOAD_PATH.uniq!
    $stdout = out
    Object.send(:remove_const, :STDIN)
    Object.const_set(:STDIN, $stdin_saved)
  end
  out.puts JSON.generate(failed ? { "error" => failed } : captured.string)
end
