# Writes test/unit/shared/yaml-ruby-cases.json: how Ruby's Psych (as Jekyll 4.3.1 loads YAML)
# reads each plain scalar of the list, and each tagged value. Usage: ruby scripts/yaml-oracle.rb
require 'yaml'
require 'date'
require 'json'
scalars = %w[yes Yes YES yEs no NO on Off ON y n Y N true False TRUE tRuE ~ null NULL Null nUll
             0042 08 0 00 -0 +12 1,000 1_000 1__0 0x1F 0x1_f 0b101 0o17 1:30 1:30:15 -1:30 1:60
             1.5 1. .5 -.5 1.5e3 1.5e+3 1.5E-3 1e5 .inf -.inf .NaN +.inf 1_000.5 1,000.5 1:30.5 12e
             0.0 +0.5 00.5 . +. yesterday only off-by-one nope 2nd 0x 0b 12:30pm 1,2]
# Tagged values: Psych decodes !binary, keeps text tags as text and reads any other tag as if
# the value had none, quoted or not; the non-specific tag `!` reads it as a plain scalar.
tagged = ['!foo 12', "!foo '12'", '!foo "yes"', '!!python/str x', '!str 0042', '!!str 12', '!ruby/string 12',
          '!binary aGVsbG8=', "!!binary 'aGVs bG8='", '!date 2009-03-14', '!float 1', '!!float 1', '!!int x',
          '!!bool yes', "!!null ''", '!foo', '!binary', '!<!foo> 0x1F', '!!omap [a: 1, b: 2]', "!foo [1, '2']",
          '!foo {b: 1}', "! 'Yes'", "! '0'", "! 'null'", '! 12', '! "3.5"', "! ''", "! 'Hello: world'"]
cases = (scalars + tagged).map do |s|
  v = YAML.safe_load("k: #{s}", permitted_classes: [Date, Time], aliases: true)['k']
  v = { 'float' => v.to_s } if v.is_a?(Float) && (v.nan? || v.infinite?)
  [s, v]
end
path = File.join(__dir__, '..', 'test', 'unit', 'shared', 'yaml-ruby-cases.json')
File.write(path, JSON.pretty_generate(cases.to_h) + "\n")
puts "#{cases.size} scalars: #{path}"
