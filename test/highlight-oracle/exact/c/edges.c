start: x = 1;
#include <stdio.h> /* the file */
# include "local.h"
#include	"tab.h" // why
#include MACRO
#define MAX(a, b) \
    ((a) > (b) ? (a) : (b)) // max
#define PATH "/usr/lib" /* a
   comment over lines */ + 1
#if 0
int hidden = 1;
  #ifdef NESTED
  still hidden;
  #endif
#else
int shown;
#endif
#if 0
gone();
#  endif /* end */ \
continued
#if	0
#elif X
#endif
static inline unsigned long long
add(int a, int b)
{
    return a + b;
}
int main(int argc, char **argv) // entry
{
retry:
    char c = 'a', d = '\n', e = '\x4f', f = '\123', g = L'w', h = u8'u';
    char *s = "tab\t quote\" hex\x41F oct\0 bad\q" L"wide" u8"utf" U"big" u"small";
    float x = 1.5, y = 1e10, z = .5e-3, w = 1.E+2f, v = 3.14L;
    long n = 42u + 42UL + 0x1Fu + 017 + 08 + 0b101;
    if (x) {
        goto retry;
    } else if (y) {
        return f(x);
    }
    switch (n) {
    case 1:
    default:
        break;
    }
    p->next = NULL; b = true || false;
    int caseé, NULLABLE, truely;
    x = a /* mid */ * b */ c;
    size_t len = sizeof(struct node);
}
}
"unterminated
still
char e = '😀', f = L'é';
