# Writes test/unit/shared/yaml-ruby-cases.json: how Ruby's Psych (as Jekyll 4.3.1 loads YAML)
# reads each plain scalar of the list. Usage: ruby scripts/yaml-oracle.rb
require 'yaml'
require 'date'
require 'json'
scalars = %w[yes Yes YES yEs no NO on Off ON y n Y N true False TRUE tRuE ~ null NULL Null nUll
             0042 08 0 00 -0 +12 1,000 1_000 1__0 0x1F 0x1_f 0b101 0o17 1:30 1:30:15 -1:30 1:60
             1.5 1. .5 -.5 1.5e3 1.5e+3 1.5E-3 1e5 .inf -.inf .NaN +.inf 1_000.5 1,000.5 1:30.5 12e
             0.0 +0.5 00.5 . +. yesterday only off-by-one nope 2nd 0x 0b 12:30pm 1,2]
cases = scalars.map do |s|
  v = YAML.safe_load("k: #{s}", permitted_classes: [Date, Time], aliases: true)['k']
  v = { 'float' => v.to_s } if v.is_a?(Float) && (v.nan? || v.infinite?)
  [s, v]
end
path = File.join(__dir__, '..', 'test', 'unit', 'shared', 'yaml-ruby-cases.json')
File.write(path, JSON.pretty_generate(cases.to_h) + "\n")
puts "#{cases.size} scalars: #{path}"
