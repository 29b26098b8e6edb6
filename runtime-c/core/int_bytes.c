/* int.from_bytes and int.to_bytes on pyuk's 64-bit int. */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>
#include <pyuk/str.h>

pyuk_int pyuk_byteorder(pyuk_str *name)
{
    if (name->size == 3 && name->data[0] == 'b' && name->data[1] == 'i' &&
        name->data[2] == 'g')
        return 0;
    if (name->size == 6) {
        const char *l = "little";
        pyuk_int i = 0;
        while (i < 6 && name->data[i] == l[i])
            i++;
        if (i == 6)
            return 1;
    }
    pyuk_raise_message(&pyuk_type_ValueError,
                       "byteorder must be either 'little' or 'big'");
    return 0;
}

pyuk_int pyuk_int_from_bytes(pyuk_object *b, pyuk_int little, bool is_signed)
{
    pyuk_int n;
    const unsigned char *d = (const unsigned char *)pyuk_binary_data(b, &n);
    if (n == 0)
        return 0;
    /* most significant byte first */
    pyuk_int msb = little ? n - 1 : 0, dir = little ? -1 : 1;
    bool negative = is_signed && (d[msb] & 0x80);
    unsigned char pad = negative ? 0xFF : 0x00;
    pyuk_int i = 0;
    /* skip redundant sign/zero bytes beyond 8 */
    while (n - i > 8 && d[msb + dir * i] == pad)
        i++;
    if (n - i > 8) {
        pyuk_raise_overflow();
        return 0;
    }
    uint64_t v = negative ? ~(uint64_t)0 : 0;
    for (; i < n; i++)
        v = (v << 8) | d[msb + dir * i];
    /* the result must keep its sign in 64 bits */
    if (!negative && (v >> 63)) {
        pyuk_raise_overflow();
        return 0;
    }
    if (negative && !(v >> 63)) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)v;
}

pyuk_bytes *pyuk_int_to_bytes(pyuk_int v, pyuk_int length, pyuk_int little,
                              bool is_signed)
{
    if (length < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "length argument must be non-negative");
        return NULL;
    }
    if (v < 0 && !is_signed) {
        pyuk_raise_message(&pyuk_type_OverflowError,
                           "can't convert negative int to unsigned");
        return NULL;
    }
    /* bytes needed */
    pyuk_int need = 0;
    if (is_signed) {
        /* smallest n with -2**(8n-1) <= v < 2**(8n-1) */
        uint64_t m = v < 0 ? ~(uint64_t)v : (uint64_t)v;
        int bits = m ? 64 - __builtin_clzll(m) : 0;
        need = m == 0 ? 0 : (bits + 1 + 7) / 8;   /* 0 and -1 fit in 0 bytes */
    } else {
        uint64_t m = (uint64_t)v;
        int bits = m ? 64 - __builtin_clzll(m) : 0;
        need = (bits + 7) / 8;
    }
    if (need > length) {
        pyuk_raise_message(&pyuk_type_OverflowError, "int too big to convert");
        return NULL;
    }
    pyuk_bytes *b = pyuk_bytes_alloc(length);
    if (!b)
        return NULL;
    uint64_t u = (uint64_t)v;
    unsigned char fill = v < 0 ? 0xFF : 0x00;
    for (pyuk_int i = 0; i < length; i++) {
        unsigned char byte = i < 8 ? (unsigned char)(u >> (8 * i)) : fill;
        b->data[little ? i : length - 1 - i] = (char)byte;
    }
    return b;
}
