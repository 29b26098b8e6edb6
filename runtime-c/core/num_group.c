/* Digit grouping for format()'s ',' and '_' options (see numfmt.h). */
#include "pyuk/numfmt.h"

size_t pyuk_num_group(char *out, size_t cap, const char *num, size_t len,
                      char sep, int every, size_t min_width)
{
    /* Ints grouped by 4 are binary, octal or hex: letters are digits
     * there, while in a float an 'e' starts the exponent. */
    size_t nint = 0;
    while (nint < len && ((num[nint] >= '0' && num[nint] <= '9') ||
                          (every == 4 && (num[nint] | 0x20) >= 'a' &&
                           (num[nint] | 0x20) <= 'z')))
        nint++;
    size_t rest = len - nint, width = nint;
    if (nint == 0) {
        /* inf, nan: CPython pads with plain zeros. */
        width = len < min_width ? min_width - len : 0;
    } else {
        if (every < 1)
            every = 1 << 30;
        /* Grow the zero-padded run until the whole is wide enough; a
         * run of width digits never starts with a separator. */
        while (width + (width - 1) / (size_t)every + rest < min_width)
            width++;
    }

    size_t pos = 0;
#define PUT(ch) do { if (pos + 1 < cap) out[pos] = (ch); pos++; } while (0)
    for (size_t i = 0; i < width; i++) {
        if (nint && i > 0 && (width - i) % (size_t)every == 0)
            PUT(sep);
        PUT(i < width - nint ? '0' : num[i - (width - nint)]);
    }
    for (size_t i = nint; i < len; i++)
        PUT(num[i]);
#undef PUT
    if (cap)
        out[pos < cap ? pos : cap - 1] = '\0';
    return pos;
}
