name = "Tom"
greeting = "Hello, #{name.capitalize}! You have #{count + 1} new #{count == 1 ? 'message' : 'messages'}."
plain = 'single #{not} interpolated \' quote \\ backslash'
escapes = "tab\tnewline\n hex\x41 octal\101 unicode\u00e9 quote\" hash\#{x}"
ivars = "#@name and #@@count and #$stdout"
nested = "outer #{"inner #{deep} text"} end"
cmd = `ls #{dir} -la`
multi = "first line
second line"
adjacent = "a" "b" 'c'
sym_str = :"quoted #{sym}"
sym_single = :'single sym'
char = ?a
char_escape = ?\n
