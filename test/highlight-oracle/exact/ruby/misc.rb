#!/usr/bin/env ruby
=begin
A block comment
spanning lines
=end
puts "Hello"
p name, id, hash
printf("%d items\n", count)
STDOUT.puts $stderr.inspect
$: << File.expand_path('lib')
$LOAD_PATH.unshift(__dir__)
puts __FILE__, __LINE__, __method__
x = @a.b(c).d[e]
Foo::Bar.baz
Foo::bar
obj.class.name
obj.send(:to_s)
str.gsub!(/a/, 'b').chomp!
arr.sort!.uniq!
arr.frozen?
self.class::CONSTANT
Dir["#{dir}/*.md"].sort
value = hash.fetch(:key) { |k| default }
obj.then { _1 + 1 }
puts(<<~EOS)
  heredoc in parens
EOS
a = b % c
d = e %w
f = g % 3
printf "%s\n", x
__END__
Anything here is data.
def not_code
