#include <stdio.h>
#include "buffer.h"

#define MAX_LEN 256

/* A growable buffer. */
typedef struct {
    char *data;
    size_t len;
} buffer_t;

static int count_words(const char *s) {
    int n = 0, in_word = 0;
    while (*s != '\0') {
        if (*s == ' ' || *s == '\n') {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            n++;
        }
        s++;
    }
    return n;
}

int main(int argc, char **argv) {
    unsigned long mask = 0xFFu;
    double ratio = 2.5e-1;
    printf("%d words, mask %lu\n", count_words(argv[1]), mask); // report
    return argc > 1 ? 0 : -1;
}
