#!/bin/sed -f
# Tidies a config file
/^#/d
/^$/d
s/[[:space:]]\+$//
s/^\([a-z_]*\)[[:space:]]*=[[:space:]]*/\1 = /
/\[section\]/,/^\[/ {
  s/old/new/g
  y/abc/xyz/
}
$a\
# end of file
1i\
# generated
