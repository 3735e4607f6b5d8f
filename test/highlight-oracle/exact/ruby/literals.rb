words = %w[alpha beta gamma]
syms = %i(one two three)
interp = %W{#{a} b\n c}
quoted = %q(single (nested) parens)
double = %Q[with #{interp} and [nested]]
angle = %<angle brackets>
pipes = %|pipe delimited|
shell = %x(echo #{arg})
bare = %(no letter #{x})
ints = [0, 1, 42, 1_000_000, -7]
floats = [3.14, 1.0e10, 2e-3, 1_000.5]
others = [0x1F, 0b1010, 0o17, 017, 0_17]
range = (1..10).step(2)
exclusive = 1...5
rational = 3r
complex = 2i
h = { key: 'value', "str" => 1, :sym => 2, nested: { a: [1, 2] } }
call(key: value, other: nil)
