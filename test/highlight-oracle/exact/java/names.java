outer:
for (int i = 0; i < n; i++) {
    switch (kind) {
        case RED: continue outer;
        case 1 -> x = a ? b: c;
        default: break outer;
    }
}
Function<Integer, String> f = String::valueOf;
Runnable r = this::process;
var größe = Über.MAX_SIZE + HTTPClient.A1 + AB_c + Ab_c + ABC_1;
int $ref = _tmp + π + 名前;
Object o = int[].class;
if (o instanceof String str && !str.isEmpty()) {}
x >>>= 2; y <<= 1; z ^= ~w; a = b % c & d | e;
#define NOT_JAVA
`backticks` \ $ @Override @org.junit.Test
 no-break space before, x = 1;
String last = "the last quote is escaped\";
int after = 1;
import ſun.misc.Kelvin;
