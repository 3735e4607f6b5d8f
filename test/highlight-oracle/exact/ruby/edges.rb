x = 'it\'s' + 'a\\' + '\\\'' + '\q'
y = :'sym\'bol' + :"dq #{1}"
c = [?a, ?\t, ?\\, ?', x ?y : z, ?é]
v = x>=0?n[x]:""
z = a % b + c %(pct) + d %w(e f) + "#{"%s" % e}"
line = $0 + $~.to_s + $1 + $-w.to_s + $; + $stdin.read
emoji = "café ☕"
a = b /c/ d
e = [1, 2].map do |x| x / 2 end
