/*
 * list, dict, set, tuple helpers and iteration support, with CPython 3.11's
 * semantics and orders.  See docs/containers.md.
 *
 * Items are 64-bit words read by a pyuk_kind (runtime.h): a list[int]
 * holds raw int64s, a list[str] pointers.  A container records the kinds
 * of its items; functions that take a lone value (x in list, d[key]) take
 * the word and its kind, which may differ from the container's (1 in a
 * set[float]).
 *
 * Convention: a function that can fail leaves the exception pending and
 * returns an unspecified value (see runtime.h).
 */
#ifndef PYUK_CONTAINERS_H
#define PYUK_CONTAINERS_H

#include <pyuk/runtime.h>

/* ---- list (layout pyuk_list in runtime.h; compiled code inlines len,
 * bounds-checked get/set and the append fast path) ---- */

/* A list of `length` zero items (compiled literals store them). */
pyuk_list *pyuk_list_new(pyuk_int kind, pyuk_int length);
/* Appends when length == capacity: grows like CPython's list_resize. */
void pyuk_list_append(pyuk_list *l, pyuk_word w);
pyuk_word pyuk_list_getitem(pyuk_list *l, pyuk_int index);        /* IndexError */
void pyuk_list_setitem(pyuk_list *l, pyuk_int index, pyuk_word w); /* IndexError */
void pyuk_list_delitem(pyuk_list *l, pyuk_int index);              /* IndexError */
pyuk_word pyuk_list_pop(pyuk_list *l, pyuk_int index);
pyuk_word pyuk_list_pop_last(pyuk_list *l);
void pyuk_list_insert(pyuk_list *l, pyuk_int index, pyuk_word w);
void pyuk_list_extend(pyuk_list *l, pyuk_list *other);
void pyuk_list_remove(pyuk_list *l, pyuk_word w, pyuk_int kind);  /* ValueError */
pyuk_int pyuk_list_index(pyuk_list *l, pyuk_word w, pyuk_int kind,
                         pyuk_int start, pyuk_int stop);         /* ValueError */
pyuk_int pyuk_list_count(pyuk_list *l, pyuk_word w, pyuk_int kind);
bool pyuk_list_contains(pyuk_list *l, pyuk_word w, pyuk_int kind);
void pyuk_list_reverse(pyuk_list *l);
void pyuk_list_clear(pyuk_list *l);
pyuk_list *pyuk_list_copy(pyuk_list *l);
/* Stable sort (merge sort); TypeError when items do not order. */
void pyuk_list_sort(pyuk_list *l, bool reverse);
/* Sorts l by keys[i] (computed beforehand, as CPython does), stably. */
void pyuk_list_sort_keyed(pyuk_list *l, pyuk_list *keys, bool reverse);
/* l[start:stop:step]; `given` as in slice.h. */
pyuk_list *pyuk_list_slice(pyuk_list *l, pyuk_int start, pyuk_int stop,
                           pyuk_int step, pyuk_int given);
void pyuk_list_set_slice(pyuk_list *l, pyuk_int start, pyuk_int stop,
                         pyuk_int step, pyuk_int given, pyuk_list *values);
void pyuk_list_del_slice(pyuk_list *l, pyuk_int start, pyuk_int stop,
                         pyuk_int step, pyuk_int given);
pyuk_list *pyuk_list_concat(pyuk_list *a, pyuk_list *b);
pyuk_list *pyuk_list_repeat(pyuk_list *a, pyuk_int n);
/* a += b: extend, returns a */
pyuk_list *pyuk_list_iadd(pyuk_list *a, pyuk_list *b);
pyuk_list *pyuk_list_imul(pyuk_list *a, pyuk_int n);

/* Raising helpers compiled code calls from its inline paths. */
void pyuk_raise_index_error(pyuk_int which);
enum {
    PYUK_INDEX_LIST = 0,        /* list index out of range */
    PYUK_INDEX_LIST_ASSIGN = 1, /* list assignment index out of range */
    PYUK_INDEX_TUPLE = 2,       /* tuple index out of range */
    PYUK_INDEX_POP_EMPTY = 3,   /* pop from empty list */
    PYUK_INDEX_POP = 4,         /* pop index out of range */
};

/* ---- tuple (layout in runtime.h, kinds in the type) ---- */

pyuk_tuple *pyuk_tuple_slice(pyuk_tuple *t, pyuk_int start, pyuk_int stop,
                             pyuk_int step, pyuk_int given);
pyuk_tuple *pyuk_tuple_concat(pyuk_tuple *a, pyuk_tuple *b, const pyuk_type *type);
/* A copy of t typed `type` (same length), boxing the items that `type`
 * holds as references where t holds them unboxed: tuples are covariant,
 * so tuple[int, ...] may be bound to tuple[object, ...]. */
pyuk_tuple *pyuk_tuple_retype(pyuk_tuple *t, const pyuk_type *type);
pyuk_tuple *pyuk_tuple_from_list(pyuk_list *l, const pyuk_type *type);
pyuk_list *pyuk_list_from_tuple(pyuk_tuple *t, pyuk_int kind);
pyuk_word pyuk_tuple_getitem(pyuk_tuple *t, pyuk_int index);   /* IndexError */
bool pyuk_tuple_contains(pyuk_tuple *t, pyuk_word w, pyuk_int kind);
pyuk_int pyuk_tuple_index(pyuk_tuple *t, pyuk_word w, pyuk_int kind);
pyuk_int pyuk_tuple_count(pyuk_tuple *t, pyuk_word w, pyuk_int kind);

/* ---- dict: CPython's compact dict (indices + entries in insertion
 * order) ---- */

typedef struct pyuk_dict_entry {
    pyuk_int hash;   /* -1: deleted */
    pyuk_word key;
    pyuk_word value;
} pyuk_dict_entry;

typedef struct pyuk_dict {
    pyuk_object ob;
    pyuk_int length;     /* live items */
    pyuk_int nentries;   /* entries used, deleted ones included */
    pyuk_int usable;     /* entries that can still be added */
    pyuk_int log2_size;  /* index table has 1 << log2_size slots */
    int32_t *indices;    /* data[] of a raw buffer: -1 empty, -2 dummy */
    pyuk_dict_entry *entries; /* data[] of a raw buffer */
    pyuk_int key_kind;
    pyuk_int value_kind;
} pyuk_dict;

extern const pyuk_type pyuk_type_dict;
void pyuk_trace_dict(pyuk_object *obj, pyuk_visit_fn visit);
/* A dict subclass's __missing__ (vtable[0] of its type): the value of
 * d[key] for an absent key, or an exception. */
typedef pyuk_word (*pyuk_dict_missing_fn)(pyuk_dict *d, pyuk_word key, pyuk_int kind);
/* d[key] of an absent key (dict_missing.c): KeyError, or the __missing__ */
pyuk_word pyuk_dict_missing(pyuk_dict *d, pyuk_word key, pyuk_int kind);

pyuk_dict *pyuk_dict_new(pyuk_int key_kind, pyuk_int value_kind);
/* dict literals and comprehensions of n items presize as CPython does. */
pyuk_dict *pyuk_dict_new_presized(pyuk_int key_kind, pyuk_int value_kind, pyuk_int n);
void pyuk_dict_setitem(pyuk_dict *d, pyuk_word key, pyuk_word value);
/* d[key]: KeyError(key) when absent */
pyuk_word pyuk_dict_getitem(pyuk_dict *d, pyuk_word key, pyuk_int key_kind);
/* d.get(key, default) / d.pop(key, default) */
pyuk_word pyuk_dict_get(pyuk_dict *d, pyuk_word key, pyuk_int key_kind, pyuk_word dflt);
pyuk_word pyuk_dict_pop(pyuk_dict *d, pyuk_word key, pyuk_int key_kind);   /* KeyError */
pyuk_word pyuk_dict_pop_default(pyuk_dict *d, pyuk_word key, pyuk_int key_kind,
                                pyuk_word dflt);
pyuk_word pyuk_dict_setdefault(pyuk_dict *d, pyuk_word key, pyuk_word dflt);
void pyuk_dict_delitem(pyuk_dict *d, pyuk_word key, pyuk_int key_kind);    /* KeyError */
bool pyuk_dict_contains(pyuk_dict *d, pyuk_word key, pyuk_int key_kind);
/* The same three for an unboxed int key (compiled code's fast path). */
pyuk_word pyuk_dict_getitem_int(pyuk_dict *d, pyuk_int key);   /* KeyError */
bool pyuk_dict_contains_int(pyuk_dict *d, pyuk_int key);
pyuk_word pyuk_dict_get_int(pyuk_dict *d, pyuk_int key, pyuk_word dflt);
/* d.popitem(): a tuple (key, value) of `type`; KeyError when empty */
pyuk_tuple *pyuk_dict_popitem(pyuk_dict *d, const pyuk_type *type);
void pyuk_dict_update(pyuk_dict *d, pyuk_dict *other);
void pyuk_dict_clear(pyuk_dict *d);
pyuk_dict *pyuk_dict_copy(pyuk_dict *d);
/* d | other (3.9+) */
pyuk_dict *pyuk_dict_or(pyuk_dict *a, pyuk_dict *b);
pyuk_list *pyuk_dict_keys_list(pyuk_dict *d);
pyuk_list *pyuk_dict_values_list(pyuk_dict *d);
pyuk_list *pyuk_dict_items_list(pyuk_dict *d, const pyuk_type *tuple_type);
/* dict(list of pairs) */
pyuk_dict *pyuk_dict_from_pairs(pyuk_list *pairs, pyuk_int key_kind, pyuk_int value_kind);

/* Iteration, as CPython's dict iterators: `pos` is the next entry to look
 * at, `used` the length when the loop started, `remaining` the items
 * still expected.  Returns the index of the next live entry, or -1 at the
 * end; RuntimeError "dictionary changed size during iteration" /
 * "dictionary keys changed during iteration". */
pyuk_int pyuk_dict_next(pyuk_dict *d, pyuk_int pos, pyuk_int used, pyuk_int remaining);
static inline pyuk_word pyuk_dict_entry_key(pyuk_dict *d, pyuk_int i)
{
    return d->entries[i].key;
}
static inline pyuk_word pyuk_dict_entry_value(pyuk_dict *d, pyuk_int i)
{
    return d->entries[i].value;
}
pyuk_word pyuk_dict_key_at(pyuk_dict *d, pyuk_int i);
pyuk_word pyuk_dict_value_at(pyuk_dict *d, pyuk_int i);

/* keys(), values(), items() views: iteration, len, repr, `in` */
typedef struct pyuk_dict_view {
    pyuk_object ob;
    pyuk_dict *dict;
    const pyuk_type *item_type;  /* items(): the (key, value) tuple type */
} pyuk_dict_view;
extern const pyuk_type pyuk_type_dict_keys, pyuk_type_dict_values,
    pyuk_type_dict_items;
pyuk_dict_view *pyuk_dict_view_new(pyuk_dict *d, pyuk_int which,
                                   const pyuk_type *item_type);

/* ---- set: CPython's open-addressing set table, so iteration order is
 * CPython's for the same hashes and insertion history ---- */

typedef struct pyuk_set_entry {
    pyuk_word key;
    pyuk_int stored;  /* ~hash; 0 means unused (key 0) or dummy (key 1) */
} pyuk_set_entry;

typedef struct pyuk_set {
    pyuk_object ob;
    pyuk_int fill;      /* active + dummy */
    pyuk_int used;      /* active */
    pyuk_int mask;      /* table size - 1 */
    pyuk_int finger;    /* set.pop() search start */
    pyuk_set_entry *table; /* data[] of a raw buffer */
    pyuk_int kind;
} pyuk_set;

extern const pyuk_type pyuk_type_set;

pyuk_set *pyuk_set_new(pyuk_int kind);
void pyuk_set_add(pyuk_set *s, pyuk_word key);
bool pyuk_set_contains(pyuk_set *s, pyuk_word key, pyuk_int kind);
void pyuk_set_discard(pyuk_set *s, pyuk_word key, pyuk_int kind);
void pyuk_set_remove(pyuk_set *s, pyuk_word key, pyuk_int kind);   /* KeyError */
pyuk_word pyuk_set_pop(pyuk_set *s);                               /* KeyError */
void pyuk_set_clear(pyuk_set *s);
pyuk_set *pyuk_set_copy(pyuk_set *s);
/* s.update(other) / s |= other: CPython's set_merge */
void pyuk_set_update(pyuk_set *s, pyuk_set *other);
void pyuk_set_update_list(pyuk_set *s, pyuk_list *items);
pyuk_set *pyuk_set_from_list(pyuk_list *items, pyuk_int kind);
pyuk_set *pyuk_set_or(pyuk_set *a, pyuk_set *b);
pyuk_set *pyuk_set_and(pyuk_set *a, pyuk_set *b);
pyuk_set *pyuk_set_sub(pyuk_set *a, pyuk_set *b);
pyuk_set *pyuk_set_xor(pyuk_set *a, pyuk_set *b);
void pyuk_set_iand(pyuk_set *a, pyuk_set *b);
void pyuk_set_isub(pyuk_set *a, pyuk_set *b);
void pyuk_set_ixor(pyuk_set *a, pyuk_set *b);
/* a takes b's table (intersection_update with an iterable) */
void pyuk_set_assign(pyuk_set *a, pyuk_set *b);
bool pyuk_set_issubset(pyuk_set *a, pyuk_set *b);
bool pyuk_set_isdisjoint(pyuk_set *a, pyuk_set *b);
/* Iteration: index of the next active slot at or after pos, or -1;
 * RuntimeError "Set changed size during iteration". */
pyuk_int pyuk_set_next(pyuk_set *s, pyuk_int pos, pyuk_int used);
pyuk_word pyuk_set_key_at(pyuk_set *s, pyuk_int i);
pyuk_list *pyuk_set_to_list(pyuk_set *s);

/* ---- errors ---- */
/* KeyError(key): the key boxed as the exception's argument. */
void pyuk_raise_key_error(pyuk_word key, pyuk_int kind);
void pyuk_raise_type_error(const char *message);
/* ValueError "not enough values to unpack (expected 2, got 1)" / "too many
 * values to unpack (expected 2)" */
void pyuk_raise_unpack_error(pyuk_int got, pyuk_int expected);
void pyuk_raise_value_error_cstr(pyuk_str *message);
/* len(range(start, stop, step)) for step != 0 */
pyuk_int pyuk_range_length(pyuk_int start, pyuk_int stop, pyuk_int step);
/* An empty [] / {} / set() typed with Never items takes the kinds of the
 * type it is bound to (no effect on a non-empty container). */
void pyuk_container_retype(pyuk_object *o, pyuk_int k1, pyuk_int k2);
/* isinstance(w, T) for a builtin type T given by its pyuk_type_family */
bool pyuk_word_is_family(pyuk_word w, pyuk_int kind, pyuk_int family);

#endif
