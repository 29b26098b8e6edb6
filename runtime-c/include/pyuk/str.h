/* str objects: immutable UTF-8 text (layout in runtime.h). */
#ifndef PYUK_STR_H
#define PYUK_STR_H

#include <pyuk/runtime.h>

/* A new str holding `size` bytes of valid UTF-8; NULL (MemoryError raised)
 * if the heap is full. */
pyuk_str *pyuk_str_from_utf8(const char *data, size_t size);
pyuk_str *pyuk_str_from_cstr(const char *text);

/* An uninitialised str of `size` bytes and `length` code points, for
 * builders that fill data[] themselves (data[size] is set to NUL). */
pyuk_str *pyuk_str_alloc(pyuk_int length, pyuk_int size);

bool pyuk_str_eq(pyuk_str *a, pyuk_str *b);
bool pyuk_str_truth(pyuk_str *s);

/* Number of code points in valid UTF-8. */
pyuk_int pyuk_utf8_length(const char *data, size_t size);

#endif
