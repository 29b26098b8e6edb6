/*
 * bytes (immutable, layout pyuk_bytes = pyuk_str in runtime.h, length ==
 * size) and bytearray (mutable, resizable), with CPython 3.11's semantics.
 * See docs/strings.md.
 */
#ifndef PYUK_BYTES_H
#define PYUK_BYTES_H

#include <pyuk/runtime.h>

/* bytearray: `data` points at the data[] of a raw pyuk_buffer (NULL while
 * capacity is 0); a NUL byte follows the data when capacity allows. */
typedef struct pyuk_bytearray {
    pyuk_object ob;
    pyuk_int size;
    pyuk_int capacity; /* bytes */
    char *data;
} pyuk_bytearray;

extern const pyuk_type pyuk_type_bytearray;

/* ---- bytes ---- */

pyuk_bytes *pyuk_bytes_alloc(pyuk_int size);     /* uninitialised data */
pyuk_bytes *pyuk_bytes_from_data(const char *data, size_t size);
pyuk_bytes *pyuk_bytes_zeros(pyuk_int n);        /* bytes(n) */
/* bytes(list[int]) / bytearray(list[int]): ValueError "bytes must be in
 * range(0, 256)" */
pyuk_bytes *pyuk_bytes_from_list(pyuk_list *items);
pyuk_bytes *pyuk_bytes_from_bytearray(pyuk_bytearray *a);
pyuk_int pyuk_bytes_len(pyuk_bytes *b);
pyuk_int pyuk_bytes_getitem(pyuk_bytes *b, pyuk_int index); /* IndexError */
pyuk_bytes *pyuk_bytes_slice(pyuk_bytes *b, pyuk_int start, pyuk_int stop,
                             pyuk_int step, pyuk_int given);
pyuk_bytes *pyuk_bytes_concat(pyuk_bytes *a, pyuk_bytes *b);
pyuk_bytes *pyuk_bytes_repeat(pyuk_bytes *b, pyuk_int n);
bool pyuk_bytes_eq(pyuk_bytes *a, pyuk_bytes *b);
pyuk_int pyuk_bytes_compare(pyuk_bytes *a, pyuk_bytes *b);
bool pyuk_bytes_contains(pyuk_bytes *b, pyuk_bytes *needle);
/* `i in b`: ValueError "byte must be in range(0, 256)" */
bool pyuk_bytes_contains_int(pyuk_bytes *b, pyuk_int value);
pyuk_int pyuk_bytes_hash(pyuk_bytes *b);
pyuk_str *pyuk_bytes_repr(pyuk_bytes *b);        /* b'...' */
pyuk_str *pyuk_bytes_hex(pyuk_bytes *b);         /* b.hex() */
/* b.hex(sep, bytes_per_sep) of a bytes or bytearray */
pyuk_str *pyuk_binary_hex_sep(pyuk_object *b, pyuk_str *sep, pyuk_int per);
/* b.decode(encoding): "utf-8" (and its aliases), "ascii", "latin-1";
 * errors='strict' only. */
pyuk_str *pyuk_bytes_decode(pyuk_bytes *b, pyuk_str *encoding);
/* s.encode(encoding) */
pyuk_bytes *pyuk_str_encode(pyuk_str *s, pyuk_str *encoding);

/* bytes methods shared with str (str.h): pyuk_str_find, rfind, count,
 * startswith, endswith, split, rsplit, strip, lstrip, rstrip, replace and
 * join accept bytes for every str argument and return bytes then. */
pyuk_int pyuk_bytes_index(pyuk_str *b, pyuk_str *sub, pyuk_int start, pyuk_int end,
                          pyuk_int given);   /* ValueError "subsection not found" */
pyuk_int pyuk_bytes_rindex(pyuk_str *b, pyuk_str *sub, pyuk_int start, pyuk_int end,
                           pyuk_int given);
pyuk_bytes *pyuk_bytes_upper(pyuk_bytes *b);   /* ASCII letters only */
pyuk_bytes *pyuk_bytes_lower(pyuk_bytes *b);
/* bytes.fromhex(s): ValueError "non-hexadecimal number found in fromhex()
 * arg at position N" */
pyuk_bytes *pyuk_bytes_fromhex(pyuk_str *s);

/* Decoding any byte range (bytes and bytearray share it). */
pyuk_str *pyuk_decode(const char *data, size_t size, pyuk_str *encoding);

/* ---- bytearray ---- */

pyuk_bytearray *pyuk_bytearray_new(pyuk_int size);     /* zeroed */
pyuk_bytearray *pyuk_bytearray_from_data(const char *data, size_t size);
pyuk_bytearray *pyuk_bytearray_from_bytes(pyuk_bytes *b);
pyuk_bytearray *pyuk_bytearray_from_list(pyuk_list *items);
pyuk_int pyuk_bytearray_len(pyuk_bytearray *a);
pyuk_int pyuk_bytearray_getitem(pyuk_bytearray *a, pyuk_int index);
void pyuk_bytearray_setitem(pyuk_bytearray *a, pyuk_int index, pyuk_int value);
pyuk_bytearray *pyuk_bytearray_slice(pyuk_bytearray *a, pyuk_int start,
                                     pyuk_int stop, pyuk_int step, pyuk_int given);
/* a[start:stop:step] = data (bytes or bytearray contents) */
void pyuk_bytearray_setslice(pyuk_bytearray *a, pyuk_int start, pyuk_int stop,
                             pyuk_int step, pyuk_int given, pyuk_object *value);
void pyuk_bytearray_append(pyuk_bytearray *a, pyuk_int value);
/* a.extend(x) and a += x, x a bytes or bytearray */
void pyuk_bytearray_extend(pyuk_bytearray *a, pyuk_object *other);
void pyuk_bytearray_extend_list(pyuk_bytearray *a, pyuk_list *items);
pyuk_bytearray *pyuk_bytearray_concat(pyuk_bytearray *a, pyuk_object *b);
pyuk_bytearray *pyuk_bytearray_repeat(pyuk_bytearray *a, pyuk_int n);
pyuk_int pyuk_bytearray_compare(pyuk_bytearray *a, pyuk_object *b);
bool pyuk_bytearray_eq(pyuk_bytearray *a, pyuk_object *b);
pyuk_str *pyuk_bytearray_repr(pyuk_bytearray *a); /* bytearray(b'...') */
pyuk_str *pyuk_bytearray_hex(pyuk_bytearray *a);
void pyuk_bytearray_delitem(pyuk_bytearray *a, pyuk_int index);  /* del a[i] */
void pyuk_bytearray_del_slice(pyuk_bytearray *a, pyuk_int start, pyuk_int stop,
                              pyuk_int step, pyuk_int given); /* del a[i:j:k] */
pyuk_str *pyuk_bytearray_decode(pyuk_bytearray *a, pyuk_str *encoding);

/* The bytes of a bytes or bytearray object. */
static inline const char *pyuk_binary_data(pyuk_object *o, pyuk_int *size)
{
    if (o->type == &pyuk_type_bytearray) {
        pyuk_bytearray *a = (pyuk_bytearray *)o;
        *size = a->size;
        return a->data;
    }
    pyuk_bytes *b = (pyuk_bytes *)o;
    *size = b->size;
    return b->data;
}

/* ---- int <-> bytes ---- */

/* int.from_bytes(b, byteorder, signed=...): byteorder 0 big, 1 little;
 * OverflowError where the value does not fit pyuk's 64-bit int. */
pyuk_int pyuk_int_from_bytes(pyuk_object *b, pyuk_int little, bool is_signed);
/* n.to_bytes(length, byteorder, signed=...): OverflowError "int too big to
 * convert" / "can't convert negative int to unsigned", ValueError "length
 * argument must be non-negative". */
pyuk_bytes *pyuk_int_to_bytes(pyuk_int n, pyuk_int length, pyuk_int little,
                              bool is_signed);
/* byteorder text to 0 (big) / 1 (little); ValueError "byteorder must be
 * either 'little' or 'big'" */
pyuk_int pyuk_byteorder(pyuk_str *name);

#endif
