/* int64 to text in any base, as str(), bin(), oct(), hex() and format(). */
#include "pyuk/numfmt.h"

size_t pyuk_int_to_text(char *buf, int64_t v, unsigned base, unsigned flags)
{
    const char *digit = flags & PYUK_INT_UPPER
                            ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                            : "0123456789abcdefghijklmnopqrstuvwxyz";
    if (base < 2 || base > 36)
        base = 10;
    /* Unsigned magnitude, so INT64_MIN works. */
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char rev[64];
    int n = 0;
    do {
        unsigned d = base == 10 ? (unsigned)(u % 10) : (unsigned)(u % base);
        rev[n++] = digit[d];
        u = base == 10 ? u / 10 : u / base;
    } while (u);

    size_t len = 0;
    if (v < 0)
        buf[len++] = '-';
    if (flags & PYUK_INT_PREFIX) {
        char letter = base == 2 ? 'b' : base == 8 ? 'o' : base == 16 ? 'x' : 0;
        if (letter) {
            buf[len++] = '0';
            buf[len++] = flags & PYUK_INT_UPPER ? (char)(letter - 32) : letter;
        }
    }
    while (n)
        buf[len++] = rev[--n];
    buf[len] = '\0';
    return len;
}
