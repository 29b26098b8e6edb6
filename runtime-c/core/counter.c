/*
 * collections.Counter: a dict of int counts whose __missing__ (vtable[0])
 * reads 0 without inserting.  The methods and operators follow the
 * documented behaviour of CPython's Counter: most_common() sorts by count,
 * descending, stably (ties keep insertion order), and so does the repr;
 * `+` and `-` keep only positive results; == between two Counters treats
 * missing keys as zero.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/object.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>
#include <pyuk/tuple.h>

#include "object_internal.h"

static pyuk_word missing(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    (void)d;
    (void)key;
    (void)kind;
    return 0;
}

extern const pyuk_type pyuk_type_counter;

static bool is_counter(pyuk_object *o)
{
    return o && o->type == &pyuk_type_counter;
}

#define FOR_ENTRIES(d, e)                                             \
    for (pyuk_int i_##e = 0; i_##e < (d)->nentries; i_##e++)          \
        for (pyuk_dict_entry *e = &(d)->entries[i_##e]; e; e = NULL)  \
            if (e->hash != -1)

static pyuk_int count_of(pyuk_dict *d, pyuk_word key)
{
    return (pyuk_int)pyuk_dict_get(d, key, d->key_kind, 0);
}

/* Counter == Counter: every key of either has the same count in both,
 * missing counting as zero.  With a plain dict: dict equality. */
static bool counter_eq(pyuk_object *self, pyuk_object *other)
{
    pyuk_dict *a = (pyuk_dict *)self, *b = (pyuk_dict *)other;
    if (!other || other->type->family != PYUK_T_DICT)
        return false;
    if (is_counter(self) && is_counter(other)) {
        FOR_ENTRIES(a, e) {
            if ((pyuk_int)e->value != count_of(b, e->key) || pyuk_current_exception)
                return false;
        }
        FOR_ENTRIES(b, e) {
            if ((pyuk_int)e->value != count_of(a, e->key) || pyuk_current_exception)
                return false;
        }
        return true;
    }
    if (a->length != b->length)
        return false;
    FOR_ENTRIES(a, e) {
        if (!pyuk_dict_contains(b, e->key, a->key_kind) || pyuk_current_exception)
            return false;
        pyuk_word v = pyuk_dict_get(b, e->key, a->key_kind, 0);
        bool eq = pyuk_word_eq(e->value, a->value_kind, v, b->value_kind);
        if (pyuk_current_exception || !eq)
            return false;
    }
    return true;
}

/* The entries' indices sorted by count, descending, stably. */
static pyuk_list *sorted_items(pyuk_dict *d, const pyuk_type *tuple_type)
{
    pyuk_list *items = pyuk_dict_items_list(d, tuple_type);
    if (!items)
        return NULL;
    pyuk_list *keys = pyuk_list_new(PYUK_KIND_INT, 0);
    if (!keys)
        return NULL;
    FOR_ENTRIES(d, e) {
        pyuk_list_append(keys, e->value);
        if (pyuk_current_exception)
            return NULL;
    }
    pyuk_list_sort_keyed(items, keys, true);
    if (pyuk_current_exception)
        return NULL;
    return items;
}

static pyuk_str *counter_repr(pyuk_object *self)
{
    pyuk_dict *d = (pyuk_dict *)self;
    if (d->length == 0)
        return pyuk_str_from_cstr("Counter()");
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "Counter(");
    if (!pyuk_repr_enter(self)) {
        pyuk_strbuf_add_cstr(&b, "...");
    } else {
        /* dict(self.most_common()): the same keys, reordered by count */
        pyuk_dict *sorted = pyuk_dict_new(d->key_kind, d->value_kind);
        pyuk_list *order = sorted ? pyuk_list_new(PYUK_KIND_INT, 0) : NULL;
        if (!order) {
            pyuk_repr_leave();
            return NULL;
        }
        FOR_ENTRIES(d, e)
            pyuk_list_append(order, e->value);
        pyuk_list *positions = pyuk_list_new(PYUK_KIND_INT, 0);
        if (!positions) {
            pyuk_repr_leave();
            return NULL;
        }
        for (pyuk_int i = 0; i < d->nentries; i++)
            if (d->entries[i].hash != -1)
                pyuk_list_append(positions, (pyuk_word)i);
        pyuk_list_sort_keyed(positions, order, true);
        for (pyuk_int j = 0; j < positions->length && !pyuk_current_exception; j++) {
            pyuk_dict_entry *e = &d->entries[(pyuk_int)positions->items[j]];
            pyuk_dict_setitem(sorted, e->key, e->value);
        }
        if (!pyuk_current_exception)
            pyuk_strbuf_add_container_repr(&b, &sorted->ob);
        pyuk_repr_leave();
    }
    pyuk_strbuf_add_ascii(&b, ")", 1);
    return pyuk_strbuf_finish(&b);
}

static const pyuk_special_methods counter_special = {
    .repr = counter_repr,
    .str = counter_repr,
    .eq = counter_eq,
};

static const void *const counter_vtable[] = { (const void *)missing };

const pyuk_type pyuk_type_counter = {
    .name = "Counter",
    .module = "collections",
    .family = PYUK_T_DICT,
    .base = &pyuk_type_dict,
    .size = sizeof(pyuk_dict),
    .trace = pyuk_trace_dict,
    .special = &counter_special,
    .vtable = counter_vtable,
};

pyuk_dict *pyuk_counter_new(pyuk_int key_kind)
{
    pyuk_dict *d = (pyuk_dict *)pyuk_alloc(&pyuk_type_counter, sizeof(pyuk_dict));
    if (!d)
        return NULL;
    d->key_kind = key_kind;
    d->value_kind = PYUK_KIND_INT;
    return d;
}

/* self[key] = self.get(key, 0) + n (a key of the counter's kind) */
void pyuk_counter_add(pyuk_dict *d, pyuk_word key, pyuk_int n)
{
    pyuk_int old = count_of(d, key);
    if (pyuk_current_exception)
        return;
    pyuk_int sum;
    if (__builtin_add_overflow(old, n, &sum)) {
        pyuk_raise_overflow();
        return;
    }
    pyuk_dict_setitem(d, key, (pyuk_word)sum);
}

/* update(mapping) (sign 1) and subtract(mapping) (sign -1) */
void pyuk_counter_update(pyuk_dict *d, pyuk_dict *other, pyuk_int sign)
{
    if (other == d) {   /* c.update(c): iterate over a snapshot */
        other = pyuk_dict_copy(other);
        if (!other)
            return;
    }
    FOR_ENTRIES(other, e) {
        pyuk_int n = (pyuk_int)e->value;
        if (sign < 0 && __builtin_sub_overflow(0, n, &n)) {
            pyuk_raise_overflow();
            return;
        }
        pyuk_counter_add(d, e->key, n);
        if (pyuk_current_exception)
            return;
    }
}

pyuk_dict *pyuk_counter_copy(pyuk_dict *d)
{
    pyuk_dict *c = pyuk_counter_new(d->key_kind);
    if (c)
        pyuk_dict_update(c, d);
    return c;
}

/* most_common(n): the first n items by count (n < 0: all of them) */
pyuk_list *pyuk_counter_most_common(pyuk_dict *d, pyuk_int n, const pyuk_type *tuple_type,
                                    pyuk_int all)
{
    pyuk_list *items = sorted_items(d, tuple_type);
    if (!items)
        return NULL;
    if (!all && n < items->length)
        items->length = n < 0 ? 0 : n;
    return items;
}

pyuk_int pyuk_counter_total(pyuk_dict *d)
{
    pyuk_int total = 0;
    FOR_ENTRIES(d, e) {
        if (__builtin_add_overflow(total, (pyuk_int)e->value, &total)) {
            pyuk_raise_overflow();
            return 0;
        }
    }
    return total;
}

/* list(c.elements()): each key repeated by its positive count */
pyuk_list *pyuk_counter_elements(pyuk_dict *d)
{
    pyuk_list *l = pyuk_list_new(d->key_kind, 0);
    if (!l)
        return NULL;
    FOR_ENTRIES(d, e) {
        for (pyuk_int k = 0; k < (pyuk_int)e->value; k++) {
            pyuk_list_append(l, e->key);
            if (pyuk_current_exception)
                return NULL;
        }
    }
    return l;
}

/* a + b (sign 1) and a - b (sign -1): only positive counts are kept */
pyuk_dict *pyuk_counter_combine(pyuk_dict *a, pyuk_dict *b, pyuk_int sign)
{
    pyuk_dict *r = pyuk_counter_new(a->key_kind);
    if (!r)
        return NULL;
    FOR_ENTRIES(a, e) {
        pyuk_int other = count_of(b, e->key), n;
        if (pyuk_current_exception)
            return NULL;
        bool over = sign > 0 ? __builtin_add_overflow((pyuk_int)e->value, other, &n)
                             : __builtin_sub_overflow((pyuk_int)e->value, other, &n);
        if (over) {
            pyuk_raise_overflow();
            return NULL;
        }
        if (n > 0)
            pyuk_dict_setitem(r, e->key, (pyuk_word)n);
        if (pyuk_current_exception)
            return NULL;
    }
    FOR_ENTRIES(b, e) {
        pyuk_int n = (pyuk_int)e->value;
        bool in_a = pyuk_dict_contains(a, e->key, b->key_kind);
        if (pyuk_current_exception)
            return NULL;
        if (in_a)
            continue;
        if (sign < 0) {
            if (n >= 0)
                continue;
            if (__builtin_sub_overflow(0, n, &n)) {
                pyuk_raise_overflow();
                return NULL;
            }
        }
        if (n > 0)
            pyuk_dict_setitem(r, e->key, (pyuk_word)n);
        if (pyuk_current_exception)
            return NULL;
    }
    return r;
}
