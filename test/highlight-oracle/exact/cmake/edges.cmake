set(A "x ${B_${C}} \" \n \t \; \q")
message  (STATUS "unclosed ${VAR
more")
#[==[ comment ]] ]=] still
${not_var} ]==] after(x)
[=[ bracket ${x} ]] ]=] tail
if(NOT ${X} STREQUAL "a\"b")
1abc(x) _under(y) ABC (z)
\"quoted\" $ENV{HOME} $<TARGET_FILE:foo>
# comment ( " [[
set(L [[a
b]] "c" # d
endif ( )
Ünïcode(x) 😀 "ç"
[[ unclosed
