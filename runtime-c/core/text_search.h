/* Byte-string search shared by str and bytes (text_search.c). */
#ifndef PYUK_TEXT_SEARCH_H
#define PYUK_TEXT_SEARCH_H

#include <stddef.h>
#include <stdint.h>

/* Offset of the first (last) occurrence of needle[0:m] in hay[0:n], or -1.
 * An empty needle is found at 0 (at n). */
int64_t pyuk_find_bytes(const char *hay, size_t n, const char *needle, size_t m);
int64_t pyuk_rfind_bytes(const char *hay, size_t n, const char *needle, size_t m);

/* Non-overlapping occurrences, at most maxcount (maxcount < 0: all). */
int64_t pyuk_count_bytes(const char *hay, size_t n, const char *needle, size_t m,
                         int64_t maxcount);

#endif
