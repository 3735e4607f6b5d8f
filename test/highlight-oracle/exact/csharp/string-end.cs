var a = "x\"y\"z;
var b = "\\\\\"q\a\b\c