String s = "never closed
int x = 1;
var t = 'ends \
