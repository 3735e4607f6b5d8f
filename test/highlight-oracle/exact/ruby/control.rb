def process(items)
  return [] if items.empty?
  items.each_with_index do |item, i|
    next unless item
    case item
    when String then puts item
    when Integer, Float
      print item.to_s
    else
      raise ArgumentError, "bad #{item.inspect}"
    end
  end
  result = items.map { |x| x * 2 }.select(&:positive?)
  begin
    risky
  rescue IOError => e
    warn e.message
    retry if (tries += 1) < 3
  ensure
    cleanup
  end
  while i < 10 do i += 1 end
  until done? do step end
  x = cond ? a : b
  y = flag ? :yes : :no
  z = a ? b.c : d.e
  loop { break }
  yield self if block_given?
  defined?(foo) && foo
  lambda { |a| a + 1 }.call(2)
  ->(x) { x }
  obj&.method&.call
  !value
  a ||= b && c
  a <<= 1
  a **= 2
  x = y >= z && y != w || v <= u
  [1, 2] << 3
end
