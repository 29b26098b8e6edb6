/*
 * Generic operations on any value, given as a container word and its kind
 * (runtime.h: pyuk_word, pyuk_kind): repr, str, ==, ordering, hash, print.
 * They dispatch on the kind, then on the object's type family; user
 * classes are reached through pyuk_type.special (NULL hooks mean
 * CPython's defaults: identity equality and hash, no ordering, the
 * "<module.Name object at 0x...>" repr).
 *
 * Numbers compare and hash across kinds as in CPython: 1 == 1.0 == True,
 * hash(1) == hash(1.0).  Boxed numbers (kind OBJ pointing at a box) are
 * the same as unboxed ones.
 *
 * Used by the containers (runtime-c/core/list.c, dict.c, set.c), the
 * exception report, print() and compiled code for repr()/str()/==/< of
 * container types.  Implemented in core/object_*.c.
 */
#ifndef PYUK_OBJECT_H
#define PYUK_OBJECT_H

#include <pyuk/runtime.h>
#include <pyuk/strbuf.h>

/* Comparison codes (as pyuk_int_float_compare): */
enum { PYUK_LT = 0, PYUK_LE = 1, PYUK_EQ = 2, PYUK_NE = 3, PYUK_GT = 4, PYUK_GE = 5 };

/* ---- text ---- */
pyuk_str *pyuk_word_repr(pyuk_word w, pyuk_int kind);
pyuk_str *pyuk_word_str(pyuk_word w, pyuk_int kind);
void pyuk_strbuf_add_word_repr(pyuk_strbuf *b, pyuk_word w, pyuk_int kind);
void pyuk_strbuf_add_word_str(pyuk_strbuf *b, pyuk_word w, pyuk_int kind);
/* print(): str(w) to a stream (output.h) */
void pyuk_out_word(pyuk_int stream, pyuk_word w, pyuk_int kind);
/* The name CPython's messages use: type(x).__name__ ("NoneType", "list") */
const char *pyuk_word_type_name(pyuk_word w, pyuk_int kind);

/* ---- comparison ---- */
/* a == b (never raises for builtin types; user __eq__ may raise) */
bool pyuk_word_eq(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb);
/* a <op> b for any op code; TypeError "'<' not supported between
 * instances of 'X' and 'Y'" for values that do not order. */
bool pyuk_word_compare(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb, pyuk_int op);
/* a < b, the comparison sort uses */
bool pyuk_word_lt(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb);

/* ---- hashing ---- */
/* hash(w): TypeError "unhashable type: 'list'" for mutable containers */
pyuk_int pyuk_word_hash(pyuk_word w, pyuk_int kind);

/* ---- truth ---- */
bool pyuk_word_truth(pyuk_word w, pyuk_int kind);

/* Object-level shorthands (kind OBJ). */
static inline pyuk_str *pyuk_object_repr(pyuk_object *o)
{
    return pyuk_word_repr((pyuk_word)o, PYUK_KIND_OBJ);
}
static inline pyuk_str *pyuk_object_str(pyuk_object *o)
{
    return pyuk_word_str((pyuk_word)o, PYUK_KIND_OBJ);
}
static inline bool pyuk_object_eq(pyuk_object *a, pyuk_object *b)
{
    return pyuk_word_eq((pyuk_word)a, PYUK_KIND_OBJ, (pyuk_word)b, PYUK_KIND_OBJ);
}

/* Boxes a word as an object (ints, floats, bools boxed; objects as is). */
pyuk_object *pyuk_word_to_object(pyuk_word w, pyuk_int kind);

#endif
