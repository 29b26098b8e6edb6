/* Number text as CPython's parsers see it (see num_text.h). */
#include "num_text.h"

#include <stdint.h>

/* Code points of the Unicode 14.0 (Python 3.11) digit zeros beyond ASCII;
 * each starts a run of ten decimal digits. */
static const uint32_t unicode_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
    0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
    0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
    0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
    0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
    0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t cp)
{
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

static int transform(uint32_t cp)
{
    if (unicode_space(cp))
        return ' ';
    for (size_t i = 0; i < sizeof unicode_zeros / sizeof unicode_zeros[0]; i++)
        if (cp >= unicode_zeros[i] && cp < unicode_zeros[i] + 10)
            return (int)('0' + (cp - unicode_zeros[i]));
    return '?';
}

int pyuk_num_text_next(pyuk_num_text *t)
{
    if (t->pos >= t->len)
        return -1;
    unsigned lead = t->s[t->pos++];
    if (lead < 0x80)
        return (int)lead;
    if (t->bytes || lead < 0xc0 || lead >= 0xf8)
        return '?';
    int extra = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    uint32_t cp = lead & (0x3fu >> extra);
    for (int i = 0; i < extra; i++) {
        if (t->pos >= t->len || (t->s[t->pos] & 0xc0) != 0x80)
            return '?';
        cp = cp << 6 | (t->s[t->pos++] & 0x3fu);
    }
    return transform(cp);
}
