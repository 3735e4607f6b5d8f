int i = 42, z = 0, big = 1_000_000, odd = 1__0, l = 42L, h = 0x1F + 0XCAFE_BABE, b = 0b1010 | 0B1_0;
int oct = 017, notOct = 08, zeros = 00;
double d = 3.14 + 3.14f + 2.5d + 1.0e10 + 1.5E3 + 1e10 + 1.0e-5 + 6.02E+23 + .5 + 5. + 100f + 9.99D;
String s = "hello" + "" + "say \"hi\"" + "tab\tnew\n" + "back\\slash" + "\u00e9" + "it's";
String t = "a\\" + "// not a comment" + "/* nor this */";
char c = 'a', n = '\n', q = '\'', bs = '\\', u = '\u0041', dq = '"', e = 'é', two = 'ab';
String block = """
    text block with "quotes"
    """;
String lines = "over
two lines";
