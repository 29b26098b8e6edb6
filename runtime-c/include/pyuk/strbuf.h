/*
 * Building a str piece by piece (join, replace, repr, format, the repr of
 * containers): text accumulates in a buffer on the C stack and moves to
 * the heap when it outgrows it.  The heap buffer is referenced only from
 * the builder on the stack, which the collector scans conservatively.
 *
 *     pyuk_strbuf b;
 *     pyuk_strbuf_init(&b);
 *     pyuk_strbuf_add_ascii(&b, "[", 1);
 *     pyuk_strbuf_add_repr(&b, s);
 *     pyuk_str *result = pyuk_strbuf_finish(&b);   // NULL: MemoryError
 *
 * After a failed allocation the builder ignores further additions and
 * finish returns NULL (the exception is pending).
 */
#ifndef PYUK_STRBUF_H
#define PYUK_STRBUF_H

#include <pyuk/runtime.h>

#define PYUK_STRBUF_INLINE 200

typedef struct pyuk_strbuf {
    char *data;          /* inline[] or a raw heap buffer's data */
    size_t size;         /* bytes used */
    size_t capacity;     /* bytes available at data */
    pyuk_int length;     /* code points */
    bool failed;         /* an allocation failed: MemoryError pending */
    char inline_data[PYUK_STRBUF_INLINE];
} pyuk_strbuf;

void pyuk_strbuf_init(pyuk_strbuf *b);
/* Makes room for `more` bytes; false (MemoryError pending) if it cannot. */
bool pyuk_strbuf_reserve(pyuk_strbuf *b, size_t more);
/* Appends UTF-8 text of `length` code points. */
void pyuk_strbuf_add(pyuk_strbuf *b, const char *data, size_t size, pyuk_int length);
void pyuk_strbuf_add_ascii(pyuk_strbuf *b, const char *data, size_t size);
void pyuk_strbuf_add_cstr(pyuk_strbuf *b, const char *text);
void pyuk_strbuf_add_char(pyuk_strbuf *b, uint32_t cp);
void pyuk_strbuf_add_fill(pyuk_strbuf *b, uint32_t cp, pyuk_int count);
void pyuk_strbuf_add_str(pyuk_strbuf *b, pyuk_str *s);
/* repr(s) */
void pyuk_strbuf_add_repr(pyuk_strbuf *b, pyuk_str *s);
/* repr of bytes data: b'...' */
void pyuk_strbuf_add_bytes_repr(pyuk_strbuf *b, const char *data, size_t size);
/* repr of a bytearray's data: bytearray(b'...') (which escapes ' even
 * between double quotes, unlike bytes) */
void pyuk_strbuf_add_bytearray_repr(pyuk_strbuf *b, const char *data, size_t size);
void pyuk_strbuf_add_int(pyuk_strbuf *b, pyuk_int v);
void pyuk_strbuf_add_float_repr(pyuk_strbuf *b, pyuk_float v);
/* The built str (the builder is spent); NULL if something failed. */
pyuk_str *pyuk_strbuf_finish(pyuk_strbuf *b);

#endif
