/*
 * Substring search on bytes, for str (UTF-8 is self-synchronising: a match
 * of valid UTF-8 in valid UTF-8 always starts on a character) and bytes.
 * Short needles scan for their first byte; longer ones use
 * Boyer-Moore-Horspool on the last byte, with a bounded fallback so a
 * hostile input costs O(n * m) at worst, as in CPython.
 */
#include "text_search.h"

int memcmp(const void *a, const void *b, size_t n);

static int64_t find_byte(const char *hay, size_t n, char c)
{
    for (size_t i = 0; i < n; i++)
        if (hay[i] == c)
            return (int64_t)i;
    return -1;
}

int64_t pyuk_find_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    if (m == 1)
        return find_byte(hay, n, needle[0]);
    if (m < 8 || n < 256) {
        size_t last = n - m;
        for (size_t i = 0; i <= last;) {
            int64_t j = find_byte(hay + i, last - i + 1, needle[0]);
            if (j < 0)
                return -1;
            i += (size_t)j;
            if (memcmp(hay + i + 1, needle + 1, m - 1) == 0)
                return (int64_t)i;
            i++;
        }
        return -1;
    }
    /* Horspool: shift by the distance of the window's last byte from the
     * needle's end */
    size_t skip[256];
    for (int i = 0; i < 256; i++)
        skip[i] = m;
    for (size_t i = 0; i + 1 < m; i++)
        skip[(unsigned char)needle[i]] = m - 1 - i;
    unsigned char tail = (unsigned char)needle[m - 1];
    for (size_t i = 0; i + m <= n;) {
        unsigned char c = (unsigned char)hay[i + m - 1];
        if (c == tail && memcmp(hay + i, needle, m - 1) == 0)
            return (int64_t)i;
        i += skip[c];
    }
    return -1;
}

int64_t pyuk_rfind_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m > n)
        return -1;
    if (m == 0)
        return (int64_t)n;
    for (size_t i = n - m + 1; i-- > 0;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
            return (int64_t)i;
    return -1;
}

int64_t pyuk_count_bytes(const char *hay, size_t n, const char *needle, size_t m,
                         int64_t maxcount)
{
    int64_t count = 0;
    size_t i = 0;
    while ((maxcount < 0 || count < maxcount) && i + m <= n) {
        int64_t j = pyuk_find_bytes(hay + i, n - i, needle, m);
        if (j < 0)
            break;
        count++;
        i += (size_t)j + (m ? m : 1);
        if (m == 0 && i > n)
            break;
    }
    return count;
}
