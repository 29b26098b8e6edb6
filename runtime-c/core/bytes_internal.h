/* Helpers shared by bytes and bytearray (bytes_core.c). */
#ifndef PYUK_BYTES_INTERNAL_H
#define PYUK_BYTES_INTERNAL_H

#include <pyuk/bytes.h>

void pyuk_copy_slice(char *out, const char *data, pyuk_int start, pyuk_int step,
                     pyuk_int n);
void pyuk_repeat_into(char *out, const char *data, pyuk_int size, pyuk_int n);
pyuk_int pyuk_compare_data(const char *a, pyuk_int na, const char *b, pyuk_int nb);
bool pyuk_data_contains_int(const char *data, pyuk_int size, pyuk_int value);
pyuk_str *pyuk_data_hex(const char *data, pyuk_int size);

#endif
