DATE = /\A(\d{4})-(\d\d)-(\d\d)/
if line =~ /^#+\s+(.*)$/i
  title = $1
end
half = total / 2
ratio = a/b
path.split(/\//).map { |s| s.gsub(/[^a-z]/, '') }
re = %r{^/posts/(\d+)/#{slug}$}x
other = %r!a/b!
x = y /2
matches = text.scan(/#{word}s?/)
puts str =~ /x/ ? "yes" : "no"
value = items.sum / items.size.to_f
