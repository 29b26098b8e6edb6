/*
 * hash() with CPython 3.11's results, for dict and set tables.
 *
 * Shared by the containers (dict.c, set.c, object_hash.c) and str/bytes:
 *   - numbers, None and tuples: here, inline or in core/hash_numbers.c
 *     (containers engineer);
 *   - str and bytes: pyuk_str_hash (str.h) / pyuk_bytes_hash (bytes.h),
 *     SipHash keyed at start-up by pyuk_hash_init() (str engineer).
 *
 * A hash is never -1 (CPython reserves it for errors); a computed -1
 * becomes -2.  Numbers that compare equal hash equal: hash(1) == hash(1.0)
 * == hash(True).
 */
#ifndef PYUK_HASH_H
#define PYUK_HASH_H

#include <pyuk/runtime.h>

/* 2**61 - 1: numeric hashes are reductions modulo this prime. */
#define PYUK_HASH_BITS 61
#define PYUK_HASH_MODULUS (((uint64_t)1 << PYUK_HASH_BITS) - 1)
#define PYUK_HASH_INF 314159

/* hash(int): the value modulo 2**61 - 1, keeping the sign; -1 gives -2. */
static inline pyuk_int pyuk_hash_int(pyuk_int v)
{
    uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
    if (mag >= PYUK_HASH_MODULUS) {
        mag = (mag & PYUK_HASH_MODULUS) + (mag >> PYUK_HASH_BITS);
        if (mag >= PYUK_HASH_MODULUS)
            mag -= PYUK_HASH_MODULUS;
    }
    pyuk_int h = v < 0 ? -(pyuk_int)mag : (pyuk_int)mag;
    return h == -1 ? -2 : h;
}

/* hash(float): equal to hash(int) for integral values; inf 314159, -inf
 * -314159, nan 0 (CPython hashes nan by identity, which pyuk's unboxed
 * floats do not have). */
pyuk_int pyuk_hash_float(pyuk_float x);

/* hash() of an object by identity (None, instances without __hash__):
 * CPython's _Py_HashPointer, the address rotated by 4 bits. */
static inline pyuk_int pyuk_hash_pointer(const void *p)
{
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    pyuk_int h = (pyuk_int)y;
    return h == -1 ? -2 : h;
}

/* Tuples (CPython 3.8+, xxHash-based): start with pyuk_tuple_hash_begin,
 * add each item's hash in order, finish with the length. */
#define PYUK_XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define PYUK_XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define PYUK_XXPRIME_5 ((uint64_t)2870177450012600261ULL)

static inline uint64_t pyuk_tuple_hash_begin(void)
{
    return PYUK_XXPRIME_5;
}

static inline uint64_t pyuk_tuple_hash_add(uint64_t acc, pyuk_int lane)
{
    acc += (uint64_t)lane * PYUK_XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * PYUK_XXPRIME_1;
}

static inline pyuk_int pyuk_tuple_hash_end(uint64_t acc, pyuk_int length)
{
    acc += (uint64_t)length ^ (PYUK_XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (pyuk_int)acc;
}

/* str and bytes: keyed SipHash-1-3 over the UTF-8 bytes, cached in ->hash
 * (pyuk_str_hash in str.h, pyuk_bytes_hash in bytes.h; str engineer).
 * pyuk_hash_init() picks the key at start-up (main.c calls it weakly). */
void pyuk_hash_init(void);

/* The 128-bit SipHash key, from plat_entropy() (core/hash_siphash.c). */
extern uint64_t pyuk_hash_key[2];

/* SipHash-1-3 of len bytes under pyuk_hash_key. */
uint64_t pyuk_siphash13(const void *data, size_t len);

/* hash() of a byte string as CPython computes it: SipHash-1-3, 0 for
 * len 0, never -1.  str and bytes with the same bytes hash alike
 * (hash("ab") == hash(b"ab"), as in CPython for ASCII). */
pyuk_int pyuk_hash_bytes(const void *data, size_t len);

pyuk_int pyuk_str_hash(pyuk_str *s);
pyuk_int pyuk_bytes_hash(pyuk_bytes *b);

#endif
