/*
 * dict: CPython's compact dict.  Entries (hash, key, value) sit in
 * insertion order in one buffer; an open-addressing table of int32 indices
 * finds them.  Deleting leaves a dead entry (hash -1) and a dummy index;
 * growth rebuilds both and drops the dead entries.  Sizes, the 2/3 load
 * factor and the growth rule (used * 3) are CPython's, so iteration
 * positions (and the RuntimeErrors of mutation during iteration) match.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/hash.h>
#include <pyuk/object.h>

#include "object_internal.h"
#include <pyuk/tuple.h>

void *memset(void *dst, int c, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define LOG2_MINSIZE 3
#define PERTURB_SHIFT 5

void pyuk_trace_dict(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_dict *d = (pyuk_dict *)obj;
    if (d->indices)
        visit(&pyuk_buffer_of_items((pyuk_word *)d->indices)->ob);
    if (!d->entries)
        return;
    visit(&pyuk_buffer_of_items((pyuk_word *)d->entries)->ob);
    bool keys = d->key_kind == PYUK_KIND_OBJ, values = d->value_kind == PYUK_KIND_OBJ;
    if (!keys && !values)
        return;
    for (pyuk_int i = 0; i < d->nentries; i++) {
        pyuk_dict_entry *e = &d->entries[i];
        if (e->hash == -1)
            continue;
        if (keys && e->key)
            visit((pyuk_object *)e->key);
        if (values && e->value)
            visit((pyuk_object *)e->value);
    }
}

/* links the repr of this type with it (object_repr_containers.c) */
__attribute__((used)) static const char *const repr_link = &pyuk_container_repr_linked;

const pyuk_type pyuk_type_dict = {
    .name = "dict",
    .family = PYUK_T_DICT,
    .size = sizeof(pyuk_dict),
    .trace = pyuk_trace_dict,
};

static pyuk_int usable_fraction(pyuk_int size)
{
    return (size << 1) / 3;
}

/* New empty tables of 1 << log2 index slots. */
static bool new_tables(pyuk_dict *d, pyuk_int log2)
{
    pyuk_int size = (pyuk_int)1 << log2;
    pyuk_int usable = usable_fraction(size);
    pyuk_buffer *ix = pyuk_alloc_buffer((size_t)(size + 1) / 2, false);
    if (!ix)
        return false;
    pyuk_buffer *en = pyuk_alloc_buffer((size_t)usable * 3, false);
    if (!en)
        return false;
    memset(ix->data, 0xff, (size_t)size * sizeof(int32_t));
    d->indices = (int32_t *)ix->data;
    d->entries = (pyuk_dict_entry *)en->data;
    d->log2_size = log2;
    d->usable = usable;
    d->nentries = 0;
    return true;
}

pyuk_dict *pyuk_dict_new(pyuk_int key_kind, pyuk_int value_kind)
{
    pyuk_dict *d = (pyuk_dict *)pyuk_alloc(&pyuk_type_dict, sizeof(pyuk_dict));
    if (!d)
        return NULL;
    d->key_kind = key_kind;
    d->value_kind = value_kind;
    return d;   /* tables come with the first insertion */
}

static pyuk_int log2_keysize(pyuk_int minsize)
{
    pyuk_int log2 = LOG2_MINSIZE;
    while (((pyuk_int)1 << log2) < minsize)
        log2++;
    return log2;
}

pyuk_dict *pyuk_dict_new_presized(pyuk_int key_kind, pyuk_int value_kind, pyuk_int n)
{
    pyuk_dict *d = pyuk_dict_new(key_kind, value_kind);
    if (!d || n <= usable_fraction(8))
        return d;
    /* estimate_log2_keysize: (n * 3 + 1) / 2 */
    if (!new_tables(d, log2_keysize((n * 3 + 1) / 2)))
        return NULL;
    return d;
}

static pyuk_int hash_of(pyuk_word key, pyuk_int kind)
{
    if (kind == PYUK_KIND_INT)
        return pyuk_hash_int((pyuk_int)key);
    if (kind == PYUK_KIND_OBJ && key) {
        const pyuk_str *s = (const pyuk_str *)key;   /* a str's hash is cached */
        if (s->ob.type == &pyuk_type_str && s->hash != -1)
            return s->hash;
    }
    return pyuk_word_hash(key, kind);
}

static bool keys_equal(pyuk_dict *d, pyuk_dict_entry *e, pyuk_word key, pyuk_int kind)
{
    if (d->key_kind == PYUK_KIND_INT && kind == PYUK_KIND_INT)
        return e->key == key;
    if (d->key_kind == PYUK_KIND_OBJ && kind == PYUK_KIND_OBJ && e->key == key)
        return true;
    return pyuk_word_eq(e->key, d->key_kind, key, kind);
}

/* lookup() for int keys in a dict of int keys: equal keys are equal words,
 * and comparing them cannot raise. */
static pyuk_int lookup_int(pyuk_dict *d, pyuk_word key, pyuk_int hash, size_t *slot_out)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    const int32_t *indices = d->indices;
    const pyuk_dict_entry *entries = d->entries;
    for (;;) {
        int32_t ix = indices[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0 && entries[ix].key == key) {
            if (slot_out)
                *slot_out = i;
            return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static pyuk_int lookup_generic(pyuk_dict *d, pyuk_word key, pyuk_int kind, pyuk_int hash,
                               size_t *slot_out) __attribute__((noinline));

/* Index of the entry holding key, or -1; *slot gets the index slot.  The
 * int case stays a leaf (no registers to save); equality that may call
 * user code is out of line. */
/* a[0..n) == b[0..n): up to 16 bytes with two overlapping loads and no
 * call (dict keys are mostly short words). */
static inline bool bytes_equal(const char *a, const char *b, size_t n)
{
    if (n <= 16) {
        if (n >= 8) {
            uint64_t x0, y0, x1, y1;
            __builtin_memcpy(&x0, a, 8);
            __builtin_memcpy(&y0, b, 8);
            __builtin_memcpy(&x1, a + n - 8, 8);
            __builtin_memcpy(&y1, b + n - 8, 8);
            return ((x0 ^ y0) | (x1 ^ y1)) == 0;
        }
        if (n >= 4) {
            uint32_t x0, y0, x1, y1;
            __builtin_memcpy(&x0, a, 4);
            __builtin_memcpy(&y0, b, 4);
            __builtin_memcpy(&x1, a + n - 4, 4);
            __builtin_memcpy(&y1, b + n - 4, 4);
            return ((x0 ^ y0) | (x1 ^ y1)) == 0;
        }
        for (size_t i = 0; i < n; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }
    return memcmp(a, b, n) == 0;
}

/* lookup() for a str key: a stored key equals it when it is the same
 * object, or a str of the same hash, size and bytes (any other stored key
 * is unequal without a call, so nothing can raise). */
static pyuk_int lookup_str(pyuk_dict *d, pyuk_str *key, pyuk_int hash, size_t *slot_out)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    const int32_t *indices = d->indices;
    const pyuk_dict_entry *entries = d->entries;
    for (;;) {
        int32_t ix = indices[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            const pyuk_dict_entry *e = &entries[ix];
            const pyuk_str *k = (const pyuk_str *)e->key;
            if ((pyuk_word)k == (pyuk_word)key) {
                if (slot_out)
                    *slot_out = i;
                return ix;
            }
            if (e->hash == hash) {
                if (!k || k->ob.type != &pyuk_type_str)  /* a user __eq__ may say yes */
                    return lookup_generic(d, (pyuk_word)key, PYUK_KIND_OBJ, hash, slot_out);
                if (k->size == key->size &&
                    bytes_equal(k->data, key->data, (size_t)key->size)) {
                    if (slot_out)
                        *slot_out = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline pyuk_int lookup(pyuk_dict *d, pyuk_word key, pyuk_int kind, pyuk_int hash,
                              size_t *slot_out)
{
    if (!d->indices)
        return -1;
    if (kind == PYUK_KIND_INT && d->key_kind == PYUK_KIND_INT)
        return lookup_int(d, key, hash, slot_out);
    if (kind == PYUK_KIND_OBJ && d->key_kind == PYUK_KIND_OBJ && key &&
        ((const pyuk_object *)key)->type == &pyuk_type_str)
        return lookup_str(d, (pyuk_str *)key, hash, slot_out);
    return lookup_generic(d, key, kind, hash, slot_out);
}

static pyuk_int lookup_generic(pyuk_dict *d, pyuk_word key, pyuk_int kind, pyuk_int hash,
                               size_t *slot_out)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            pyuk_dict_entry *e = &d->entries[ix];
            if (e->hash == hash) {
                bool eq = keys_equal(d, e, key, kind);
                if (pyuk_current_exception)
                    return -1;
                if (eq) {
                    if (slot_out)
                        *slot_out = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static void insert_index(pyuk_dict *d, pyuk_int hash, int32_t ix)
{
    size_t mask = ((size_t)1 << d->log2_size) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (d->indices[i] >= 0 || d->indices[i] == IX_DUMMY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->indices[i] = ix;
}

/* Rebuilds the tables with 1 << log2 slots, live entries compacted. */
static bool resize(pyuk_dict *d, pyuk_int log2)
{
    pyuk_dict_entry *old = d->entries;
    pyuk_int n = d->nentries;
    if (!new_tables(d, log2))
        return false;
    pyuk_int j = 0;
    for (pyuk_int i = 0; i < n; i++) {
        if (old[i].hash == -1)
            continue;
        d->entries[j] = old[i];
        insert_index(d, old[i].hash, (int32_t)j);
        j++;
    }
    d->nentries = j;
    d->usable -= j;
    return true;
}

static void insert_new(pyuk_dict *d, pyuk_int hash, pyuk_word key, pyuk_word value)
{
    if (!d->indices) {
        if (!new_tables(d, LOG2_MINSIZE))
            return;
    } else if (d->usable <= 0) {
        if (!resize(d, log2_keysize(d->length * 3)))   /* GROWTH_RATE */
            return;
    }
    pyuk_int ix = d->nentries;
    pyuk_dict_entry *e = &d->entries[ix];
    e->hash = hash;
    e->key = key;
    e->value = value;
    insert_index(d, hash, (int32_t)ix);
    d->nentries++;
    d->usable--;
    d->length++;
}

void pyuk_dict_setitem(pyuk_dict *d, pyuk_word key, pyuk_word value)
{
    pyuk_int hash = hash_of(key, d->key_kind);
    if (pyuk_current_exception)
        return;
    pyuk_int ix = lookup(d, key, d->key_kind, hash, NULL);
    if (pyuk_current_exception)
        return;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return;
    }
    insert_new(d, hash, key, value);
}

static pyuk_int find(pyuk_dict *d, pyuk_word key, pyuk_int kind, size_t *slot)
{
    pyuk_int hash = hash_of(key, kind);
    if (pyuk_current_exception)
        return -1;
    return lookup(d, key, kind, hash, slot);
}

pyuk_word pyuk_dict_getitem(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    pyuk_int ix = find(d, key, kind, NULL);
    if (ix < 0) {
        if (!pyuk_current_exception)
            return pyuk_dict_missing(d, key, kind);
        return 0;
    }
    return d->entries[ix].value;
}

/* d[key], key in d and d.get(key, dflt) for an int key: what compiled code
 * calls when the key is an unboxed int (codegen/inline_runtime.py). */
pyuk_word pyuk_dict_getitem_int(pyuk_dict *d, pyuk_int key)
{
    if (d->key_kind != PYUK_KIND_INT || !d->indices)
        return pyuk_dict_getitem(d, (pyuk_word)key, PYUK_KIND_INT);
    pyuk_int ix = lookup_int(d, (pyuk_word)key, pyuk_hash_int(key), NULL);
    if (ix < 0)
        return pyuk_dict_missing(d, (pyuk_word)key, PYUK_KIND_INT);
    return d->entries[ix].value;
}

bool pyuk_dict_contains_int(pyuk_dict *d, pyuk_int key)
{
    if (d->key_kind != PYUK_KIND_INT)
        return pyuk_dict_contains(d, (pyuk_word)key, PYUK_KIND_INT);
    return d->indices && lookup_int(d, (pyuk_word)key, pyuk_hash_int(key), NULL) >= 0;
}

pyuk_word pyuk_dict_get_int(pyuk_dict *d, pyuk_int key, pyuk_word dflt)
{
    if (d->key_kind != PYUK_KIND_INT)
        return pyuk_dict_get(d, (pyuk_word)key, PYUK_KIND_INT, dflt);
    pyuk_int ix = d->indices ? lookup_int(d, (pyuk_word)key, pyuk_hash_int(key), NULL) : -1;
    return ix < 0 ? dflt : d->entries[ix].value;
}

pyuk_word pyuk_dict_get(pyuk_dict *d, pyuk_word key, pyuk_int kind, pyuk_word dflt)
{
    pyuk_int ix = find(d, key, kind, NULL);
    return ix < 0 ? dflt : d->entries[ix].value;
}

bool pyuk_dict_contains(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    return find(d, key, kind, NULL) >= 0;
}

static void delete_at(pyuk_dict *d, pyuk_int ix, size_t slot)
{
    d->indices[slot] = IX_DUMMY;
    pyuk_dict_entry *e = &d->entries[ix];
    e->hash = -1;
    e->key = 0;
    e->value = 0;
    d->length--;
}

void pyuk_dict_delitem(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    size_t slot = 0;
    pyuk_int ix = find(d, key, kind, &slot);
    if (ix < 0) {
        if (!pyuk_current_exception)
            pyuk_raise_key_error(key, kind);
        return;
    }
    delete_at(d, ix, slot);
}

pyuk_word pyuk_dict_pop_default(pyuk_dict *d, pyuk_word key, pyuk_int kind, pyuk_word dflt)
{
    size_t slot = 0;
    pyuk_int ix = find(d, key, kind, &slot);
    if (ix < 0)
        return dflt;
    pyuk_word value = d->entries[ix].value;
    delete_at(d, ix, slot);
    return value;
}

pyuk_word pyuk_dict_pop(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    size_t slot = 0;
    pyuk_int ix = find(d, key, kind, &slot);
    if (ix < 0) {
        if (!pyuk_current_exception)
            pyuk_raise_key_error(key, kind);
        return 0;
    }
    pyuk_word value = d->entries[ix].value;
    delete_at(d, ix, slot);
    return value;
}

pyuk_word pyuk_dict_setdefault(pyuk_dict *d, pyuk_word key, pyuk_word dflt)
{
    pyuk_int hash = hash_of(key, d->key_kind);
    if (pyuk_current_exception)
        return 0;
    pyuk_int ix = lookup(d, key, d->key_kind, hash, NULL);
    if (pyuk_current_exception)
        return 0;
    if (ix >= 0)
        return d->entries[ix].value;
    insert_new(d, hash, key, dflt);
    return dflt;
}

pyuk_tuple *pyuk_dict_popitem(pyuk_dict *d, const pyuk_type *type)
{
    if (d->length == 0) {
        pyuk_raise_message(&pyuk_type_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    pyuk_int i = d->nentries - 1;
    while (d->entries[i].hash == -1)
        i--;
    pyuk_tuple *t = pyuk_tuple_new(type, 2);
    if (!t)
        return NULL;
    pyuk_dict_entry *e = &d->entries[i];
    t->items[0] = e->key;
    t->items[1] = e->value;
    size_t slot = 0;
    (void)lookup(d, e->key, d->key_kind, e->hash, &slot);
    d->indices[slot] = IX_DUMMY;
    e->hash = -1;
    e->key = e->value = 0;
    d->length--;
    d->nentries = i;   /* CPython reuses the last entry */
    return t;
}

void pyuk_dict_update(pyuk_dict *d, pyuk_dict *other)
{
    pyuk_int n = other->nentries;
    for (pyuk_int i = 0; i < n && i < other->nentries; i++) {
        pyuk_dict_entry e = other->entries[i];
        if (e.hash == -1)
            continue;
        pyuk_int ix = d->key_kind == other->key_kind
                          ? lookup(d, e.key, other->key_kind, e.hash, NULL)
                          : find(d, e.key, other->key_kind, NULL);
        if (pyuk_current_exception)
            return;
        if (ix >= 0)
            d->entries[ix].value = e.value;
        else
            insert_new(d, e.hash, e.key, e.value);
        if (pyuk_current_exception)
            return;
    }
}

void pyuk_dict_clear(pyuk_dict *d)
{
    d->indices = NULL;
    d->entries = NULL;
    d->length = d->nentries = d->usable = d->log2_size = 0;
}

pyuk_dict *pyuk_dict_copy(pyuk_dict *d)
{
    pyuk_dict *c = pyuk_dict_new(d->key_kind, d->value_kind);
    if (c)
        pyuk_dict_update(c, d);
    return c;
}

pyuk_dict *pyuk_dict_or(pyuk_dict *a, pyuk_dict *b)
{
    pyuk_dict *c = pyuk_dict_copy(a);
    if (c)
        pyuk_dict_update(c, b);
    return c;
}

pyuk_int pyuk_dict_next(pyuk_dict *d, pyuk_int pos, pyuk_int used, pyuk_int remaining)
{
    if (d->length != used) {
        pyuk_raise_message(&pyuk_type_RuntimeError,
                           "dictionary changed size during iteration");
        return -1;
    }
    while (pos < d->nentries && d->entries[pos].hash == -1)
        pos++;
    if (pos >= d->nentries)
        return -1;
    if (remaining <= 0) {
        pyuk_raise_message(&pyuk_type_RuntimeError,
                           "dictionary keys changed during iteration");
        return -1;
    }
    return pos;
}

pyuk_word pyuk_dict_key_at(pyuk_dict *d, pyuk_int i)
{
    return d->entries[i].key;
}

pyuk_word pyuk_dict_value_at(pyuk_dict *d, pyuk_int i)
{
    return d->entries[i].value;
}

static pyuk_list *collect(pyuk_dict *d, int which, const pyuk_type *tuple_type)
{
    pyuk_int kind = which == 0 ? d->key_kind : which == 1 ? d->value_kind : PYUK_KIND_OBJ;
    pyuk_list *l = pyuk_list_new(kind, d->length);
    if (!l)
        return NULL;
    pyuk_int j = 0;
    for (pyuk_int i = 0; i < d->nentries; i++) {
        pyuk_dict_entry *e = &d->entries[i];
        if (e->hash == -1)
            continue;
        if (which == 0) {
            l->items[j++] = e->key;
        } else if (which == 1) {
            l->items[j++] = e->value;
        } else {
            pyuk_tuple *t = pyuk_tuple_new(tuple_type, 2);
            if (!t)
                return NULL;
            e = &d->entries[i];
            t->items[0] = e->key;
            t->items[1] = e->value;
            l->items[j++] = (pyuk_word)t;
        }
    }
    return l;
}

pyuk_list *pyuk_dict_keys_list(pyuk_dict *d)
{
    return collect(d, 0, NULL);
}

pyuk_list *pyuk_dict_values_list(pyuk_dict *d)
{
    return collect(d, 1, NULL);
}

pyuk_list *pyuk_dict_items_list(pyuk_dict *d, const pyuk_type *tuple_type)
{
    return collect(d, 2, tuple_type);
}

pyuk_dict *pyuk_dict_from_pairs(pyuk_list *pairs, pyuk_int key_kind, pyuk_int value_kind)
{
    pyuk_dict *d = pyuk_dict_new(key_kind, value_kind);
    for (pyuk_int i = 0; d && i < pairs->length; i++) {
        pyuk_tuple *t = (pyuk_tuple *)pairs->items[i];
        pyuk_dict_setitem(d, t->items[0], t->items[1]);
        if (pyuk_current_exception)
            return NULL;
    }
    return d;
}

/* ---- views ---- */

static const uint64_t view_ptrmap[1] = { 3 };

const pyuk_type pyuk_type_dict_keys = {
    .name = "dict_keys", .family = PYUK_T_ITERATOR, .size = sizeof(pyuk_dict_view),
    .trace = pyuk_trace_fixed, .ptrmap = view_ptrmap,
};
const pyuk_type pyuk_type_dict_values = {
    .name = "dict_values", .family = PYUK_T_ITERATOR, .size = sizeof(pyuk_dict_view),
    .trace = pyuk_trace_fixed, .ptrmap = view_ptrmap,
};
const pyuk_type pyuk_type_dict_items = {
    .name = "dict_items", .family = PYUK_T_ITERATOR, .size = sizeof(pyuk_dict_view),
    .trace = pyuk_trace_fixed, .ptrmap = view_ptrmap,
};

pyuk_dict_view *pyuk_dict_view_new(pyuk_dict *d, pyuk_int which, const pyuk_type *item_type)
{
    const pyuk_type *t = which == 0 ? &pyuk_type_dict_keys
                         : which == 1 ? &pyuk_type_dict_values : &pyuk_type_dict_items;
    pyuk_dict_view *v = (pyuk_dict_view *)pyuk_alloc(t, sizeof(pyuk_dict_view));
    if (v) {
        v->dict = d;
        v->item_type = item_type;
    }
    return v;
}
