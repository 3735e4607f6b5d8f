import java.util.List;
// CRLF line
class Crlf {
    /* a
       b */
    void f() { return; }
}
/** Javadoc {@link Crlf} @param x */
int x; /* never closed
int y = "unclosed;
int z = "ends with a backslash-quote \";
int w = "ends with \\" + "x";
