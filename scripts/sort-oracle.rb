# Writes test/unit/render/sort-cases.json: how Jekyll 4.3.1's `sort` filter orders random lists of
# hashes by a key whose values do not all compare (numbers, number-like and other texts, dates,
# booleans, nils). Ruby's `<=>` is then no order (9 < 10 as numbers, "10" < "8.0.1" < "9" as texts),
# and the result depends on how Ruby sorts: glibc's qsort_r, a merge sort. The lists come from a
# seeded generator, so the file is the same on each run. Usage: ruby scripts/sort-oracle.rb
require "jekyll"
require "json"
require "date"
require "tmpdir"

random = Random.new(20_240_917)
# A value of the list, and the same value tagged for JSON (the test makes kiln's value of it).
POOL = [
  -> (r) { n = r.rand(0..20); [n, { "int" => n }] },
  -> (r) { n = [9, 10, 11, 100][r.rand(4)]; [n, { "int" => n }] },
  -> (r) { f = [2.0, 9.5, 10.25, 0.5][r.rand(4)]; [f, { "float" => f }] },
  -> (r) { s = %w[10 9 8 11 1.5 09 -3][r.rand(7)]; [s, s] },
  -> (r) { s = %w[8.0.1 1.10.2 10.0.0 TBD n/a abc B b 9a][r.rand(9)]; [s, s] },
  -> (r) { d = Date.new(2023, 1, 1) + r.rand(0..400); [d, { "date" => d.to_s }] },
  -> (r) { b = r.rand(2).zero?; [b, b] },
  -> (_) { [nil, nil] },
].freeze

site = Jekyll::Site.new(Jekyll.configuration("quiet" => true, "source" => Dir.mktmpdir))
template = Liquid::Template.parse('{{ items | sort: "v", nils | map: "i" | join: "," }}')
cases = Array.new(1500) do
  values = Array.new(random.rand(2..8)) { POOL[random.rand(POOL.size)].call(random) }
  items = values.each_with_index.map { |(v, _), i| { "v" => v, "i" => i } }
  orders = %w[first last].to_h do |nils|
    site.filter_cache.clear
    text = template.render!({ "items" => items, "nils" => nils }, registers: { site: site }, filters: [Jekyll::Filters])
    [nils, text.split(",").map(&:to_i)]
  end
  { "values" => values.map(&:last), **orders }
end
File.write(File.join(__dir__, "../test/unit/render/sort-cases.json"), "#{JSON.generate(cases)}\n")
