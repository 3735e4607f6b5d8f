text = <<~EOS
  Dear #{user.name},
  Your order \#{no} is ready.
    indented line
  EOS
sql = <<-SQL.strip
    SELECT * FROM posts WHERE id = #{id}
    SQL
raw = <<'RAW'
No #{interpolation} here
RAW
two = [<<ONE, <<TWO]
first
ONE
second
TWO
call(<<~A, 1)
  body
A
after = 1
