/*
 * Hosted test driver for the runtime's number formatting and parsing.
 * Reads one command per line on stdin and prints one result line, so that
 * tests/runtime/test_numfmt.py can compare against CPython.  Doubles travel
 * as 16 hex digits of their bits, text as hex of its bytes.
 *
 *   r BITS                      repr(x)
 *   f BITS TYPE PREC FLAGS      format(x, ...); TYPE '-' for none
 *   g HEXTEXT SEP EVERY MINW    grouping; SEP as a decimal char code
 *   p HEXTEXT FLAGS             float(text)        -> OK BITS | ERR st
 *   i HEXTEXT BASE FLAGS        int(text, base)    -> OK n | ERR st n
 *   t INT BASE FLAGS            int to text
 *   R BITS NDIGITS              round(x, n)        -> OK BITS | ERR st
 *   N BITS                      round(x)           -> OK n | ERR st
 *   m BITS BITS                 x % y, x // y, divmod(x, y)
 *   w BITS BITS                 x ** y             -> OK BITS | ERR st
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyuk/numfmt.h"

double pyuk_libm_pow(double x, double y) { return pow(x, y); }

static double bits_to_double(const char *hex)
{
    uint64_t u = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static unsigned long long double_to_bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return (unsigned long long)u;
}

/* Decodes hex text into a malloc'd buffer (exactly len bytes, no NUL, so
 * that the sanitizer catches reads past the end). */
static char *unhex(const char *hex, size_t *len)
{
    size_t n = strlen(hex) / 2;
    char *out = malloc(n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        out[i] = (char)v;
    }
    *len = n;
    return out;
}

static void print_text(const char *s, size_t n)
{
    fwrite(s, 1, n, stdout);
    putchar('\n');
}

static void cmd_format(char **arg)
{
    double x = bits_to_double(arg[0]);
    char type = arg[1][0] == '-' ? 0 : arg[1][0];
    int prec = atoi(arg[2]);
    unsigned flags = (unsigned)atoi(arg[3]);
    size_t need = pyuk_float_format(NULL, 0, x, type, prec, flags);
    size_t cap = PYUK_FLOAT_FORMAT_SIZE(prec);
    if (need + 1 > cap) {
        printf("BOUND %zu > %zu\n", need + 1, cap);
        return;
    }
    /* Exactly the needed size, so overruns trip the sanitizer. */
    char *buf = malloc(need + 1);
    size_t n = pyuk_float_format(buf, need + 1, x, type, prec, flags);
    if (n != need || strlen(buf) != n)
        printf("LENGTH %zu %zu\n", need, n);
    else
        print_text(buf, n);
    free(buf);
}

static void cmd_group(char **arg)
{
    size_t len;
    char *num = unhex(arg[0], &len);
    int every = atoi(arg[2]);
    size_t minw = (size_t)atoll(arg[3]);
    size_t cap = len + len / (size_t)every + minw + 2;
    char *buf = malloc(cap);
    size_t n = pyuk_num_group(buf, cap, num, len, (char)atoi(arg[1]), every,
                              minw);
    if (n + 1 > cap)
        printf("BOUND\n");
    else
        print_text(buf, n);
    free(buf);
    free(num);
}

static void cmd_float_parse(char **arg)
{
    size_t len;
    char *text = unhex(arg[0], &len);
    double x;
    pyuk_num_status st = pyuk_float_parse(text, len, (unsigned)atoi(arg[1]), &x);
    if (st == PYUK_NUM_OK)
        printf("OK %016llx\n", double_to_bits(x));
    else
        printf("ERR %d\n", (int)st);
    free(text);
}

static void cmd_int_parse(char **arg)
{
    size_t len;
    char *text = unhex(arg[0], &len);
    int64_t v = 0;
    pyuk_num_status st = pyuk_int_parse(text, len, atoi(arg[1]),
                                        (unsigned)atoi(arg[2]), &v);
    if (st == PYUK_NUM_OK)
        printf("OK %lld\n", (long long)v);
    else if (st == PYUK_NUM_TOO_MANY_DIGITS)
        printf("ERR %d %lld\n", (int)st, (long long)v);
    else
        printf("ERR %d\n", (int)st);
    free(text);
}

static void cmd_int_text(char **arg)
{
    char buf[PYUK_INT_TEXT_SIZE];
    size_t n = pyuk_int_to_text(buf, strtoll(arg[0], NULL, 10),
                                (unsigned)atoi(arg[1]), (unsigned)atoi(arg[2]));
    if (strlen(buf) != n)
        printf("LENGTH\n");
    else
        print_text(buf, n);
}

static void print_status_double(pyuk_num_status st, double x)
{
    if (st == PYUK_NUM_OK)
        printf("OK %016llx\n", double_to_bits(x));
    else
        printf("ERR %d\n", (int)st);
}

static void cmd_mod(char **arg)
{
    double x = bits_to_double(arg[0]), y = bits_to_double(arg[1]);
    double m, q, dq, dm;
    pyuk_num_status s1 = pyuk_float_mod(x, y, &m);
    pyuk_num_status s2 = pyuk_float_floordiv(x, y, &q);
    pyuk_num_status s3 = pyuk_float_divmod(x, y, &dq, &dm);
    if (s1 || s2 || s3)
        printf("ERR %d %d %d\n", (int)s1, (int)s2, (int)s3);
    else
        printf("OK %016llx %016llx %016llx %016llx\n", double_to_bits(m),
               double_to_bits(q), double_to_bits(dq), double_to_bits(dm));
}

int main(void)
{
    static char line[1 << 20];
    while (fgets(line, sizeof line, stdin)) {
        char *arg[8] = {0};
        int n = 0;
        for (char *tok = strtok(line, " \n"); tok && n < 8;
             tok = strtok(NULL, " \n"))
            arg[n++] = tok;
        if (n == 0)
            continue;
        char **a = arg + 1;
        switch (arg[0][0]) {
        case 'r': {
            char buf[PYUK_FLOAT_REPR_SIZE];
            size_t len = pyuk_float_repr(buf, bits_to_double(a[0]));
            print_text(buf, len);
            break;
        }
        case 'f': cmd_format(a); break;
        case 'g': cmd_group(a); break;
        case 'p': cmd_float_parse(a); break;
        case 'i': cmd_int_parse(a); break;
        case 't': cmd_int_text(a); break;
        case 'R': {
            double r;
            pyuk_num_status st = pyuk_float_round(bits_to_double(a[0]),
                                                  strtoll(a[1], NULL, 10), &r);
            print_status_double(st, r);
            break;
        }
        case 'N': {
            int64_t v;
            pyuk_num_status st = pyuk_float_round_to_int(bits_to_double(a[0]), &v);
            if (st == PYUK_NUM_OK)
                printf("OK %lld\n", (long long)v);
            else
                printf("ERR %d\n", (int)st);
            break;
        }
        case 'm': cmd_mod(a); break;
        case 'w': {
            double r;
            pyuk_num_status st = pyuk_float_pow(bits_to_double(a[0]),
                                                bits_to_double(a[1]), &r);
            print_status_double(st, r);
            break;
        }
        default:
            printf("BADCMD\n");
        }
    }
    return 0;
}
