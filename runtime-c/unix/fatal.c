/* Fatal errors: the same lines as the kernels print, then exit 1. */
#include <pyuk/platform.h>
#include "unix.h"

static size_t put_str(char *out, const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        out[n] = s[n];
    return n;
}

static size_t put_hex(char *out, uint64_t v)
{
    char tmp[16];
    size_t n = 0, k = put_str(out, "0x");
    do {
        tmp[n++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    while (n)
        out[k++] = tmp[--n];
    return k;
}

/* "pyuk: fatal: <what>[ at <addr>][ (rip <rip>)]", as x86_64/fatal.c. */
void unix_fatal(const char *what, bool with_addr, uint64_t addr, uint64_t rip)
{
    char line[160];
    size_t n = put_str(line, "pyuk: fatal: ");
    n += put_str(line + n, what);
    if (with_addr) {
        n += put_str(line + n, " at ");
        n += put_hex(line + n, addr);
    }
    if (rip) {
        n += put_str(line + n, " (rip ");
        n += put_hex(line + n, rip);
        line[n++] = ')';
    }
    line[n++] = '\n';
    plat_console_write(PLAT_STDERR, line, n);
    plat_exit(1);
}

void plat_panic(const char *msg)
{
    unix_fatal(msg, false, 0, 0);
}
