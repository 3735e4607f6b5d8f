#!/bin/sed -f
# A comment ends a command
1,5d; $p ; 3,+2 s/\(foo\)[0-9a-z]*/\1 & \n\&/gp w out.txt
/^#/,/end/ { s|a\|b|[&]|; y/abc/xyz/ }
\%^[^]a-c]%d
s/[abc/unclosed bracket/; s/x/y/
s#over
lines#new
text#g
a\
appended \
text
i inserted ünï ✓
b loop ; :loop ; t end ; T a ; q 5 ; L 3 ; w /dev/stdout
r file.txt
s/a\/b/c
s/unclosed
x ? 😀 # last comment with no line feed
