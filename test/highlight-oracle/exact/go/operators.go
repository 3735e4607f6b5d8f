a += b; a++; a + b; a &^= b; a &^ b; a &= b; a && b; &a
a == b; a = b; a != b; !a; a -= b; a--; -a
a |= b; a || b; a | b; a <= b; <-ch; a <<= b; a << b; a < b
a *= b; *p; a ^= b; ^a; a >>= b; a >> b; a >= b; a > b
a / b; a /= b; a := b; a % b; a %= b; f(a...); a.b; case x:
a<-b a<<-b a<=-b a>>=b a&^b a&&b a||b a+++b a---b
(x)[y]{z}, w; $ @ # ? ~ \ ²
