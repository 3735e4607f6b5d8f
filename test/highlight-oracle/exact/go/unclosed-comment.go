x := 1 /* unclosed
y := 2
