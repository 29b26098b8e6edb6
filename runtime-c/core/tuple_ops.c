/* tuple operations beyond creation (tuple_core.c): indexing, slicing,
 * concatenation, conversions, search. */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/object.h>
#include <pyuk/slice.h>
#include <pyuk/tuple.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

pyuk_word pyuk_tuple_getitem(pyuk_tuple *t, pyuk_int index)
{
    if (index < 0)
        index += t->length;
    if (index < 0 || index >= t->length) {
        pyuk_raise_index_error(PYUK_INDEX_TUPLE);
        return 0;
    }
    return t->items[index];
}

pyuk_tuple *pyuk_tuple_slice(pyuk_tuple *t, pyuk_int start, pyuk_int stop, pyuk_int step,
                             pyuk_int given)
{
    if (step == 0) {
        pyuk_raise_slice_step_zero();
        return NULL;
    }
    pyuk_int n = pyuk_slice_adjust(t->length, &start, &stop, step, given);
    if (n == t->length && step == 1)
        return t;
    pyuk_tuple *r = pyuk_tuple_new(t->ob.type, n);
    if (!r)
        return NULL;
    for (pyuk_int i = 0; i < n; i++)
        r->items[i] = t->items[start + i * step];
    return r;
}

pyuk_tuple *pyuk_tuple_concat(pyuk_tuple *a, pyuk_tuple *b, const pyuk_type *type)
{
    pyuk_tuple *r = pyuk_tuple_new(type, a->length + b->length);
    if (!r)
        return NULL;
    memcpy(r->items, a->items, (size_t)a->length * sizeof(pyuk_word));
    memcpy(r->items + a->length, b->items, (size_t)b->length * sizeof(pyuk_word));
    return r;
}

/* t * n: the items n times over, in a tuple of the result's type (the
 * compiler has given t that layout already) */
pyuk_tuple *pyuk_tuple_repeat(pyuk_tuple *t, pyuk_int n, const pyuk_type *type)
{
    if (n < 0)
        n = 0;
    if (t->length && n > INT64_MAX / 8 / t->length) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_tuple *r = pyuk_tuple_new(type, t->length * n);
    if (!r)
        return NULL;
    for (pyuk_int i = 0; i < n; i++)
        memcpy(r->items + i * t->length, t->items, (size_t)t->length * sizeof(pyuk_word));
    return r;
}

pyuk_tuple *pyuk_tuple_retype(pyuk_tuple *t, const pyuk_type *type)
{
    pyuk_tuple *r = pyuk_tuple_new(type, t->length);
    if (!r)
        return NULL;
    for (pyuk_int i = 0; i < t->length; i++) {
        pyuk_kind from = pyuk_tuple_item_kind(t->ob.type, i);
        pyuk_word w = t->items[i];
        if (from != PYUK_KIND_OBJ && pyuk_tuple_item_kind(type, i) == PYUK_KIND_OBJ) {
            w = (pyuk_word)pyuk_word_to_object(w, from);
            if (pyuk_current_exception)
                return NULL;
        }
        r->items[i] = w;
    }
    return r;
}

pyuk_tuple *pyuk_tuple_from_list(pyuk_list *l, const pyuk_type *type)
{
    pyuk_tuple *r = pyuk_tuple_new(type, l->length);
    if (r && l->length)
        memcpy(r->items, l->items, (size_t)l->length * sizeof(pyuk_word));
    return r;
}

pyuk_list *pyuk_list_from_tuple(pyuk_tuple *t, pyuk_int kind)
{
    pyuk_list *l = pyuk_list_new(kind, t->length);
    if (l && t->length)
        memcpy(l->items, t->items, (size_t)t->length * sizeof(pyuk_word));
    return l;
}

static pyuk_int find(pyuk_tuple *t, pyuk_word w, pyuk_int kind)
{
    for (pyuk_int i = 0; i < t->length; i++) {
        bool eq = pyuk_word_eq(t->items[i], pyuk_tuple_item_kind(t->ob.type, i), w, kind);
        if (pyuk_current_exception)
            return -1;
        if (eq)
            return i;
    }
    return -1;
}

bool pyuk_tuple_contains(pyuk_tuple *t, pyuk_word w, pyuk_int kind)
{
    return find(t, w, kind) >= 0;
}

pyuk_int pyuk_tuple_index(pyuk_tuple *t, pyuk_word w, pyuk_int kind)
{
    pyuk_int i = find(t, w, kind);
    if (i < 0 && !pyuk_current_exception)
        pyuk_raise_message(&pyuk_type_ValueError, "tuple.index(x): x not in tuple");
    return i;
}

pyuk_int pyuk_tuple_count(pyuk_tuple *t, pyuk_word w, pyuk_int kind)
{
    pyuk_int n = 0;
    for (pyuk_int i = 0; i < t->length; i++) {
        n += pyuk_word_eq(t->items[i], pyuk_tuple_item_kind(t->ob.type, i), w, kind);
        if (pyuk_current_exception)
            return 0;
    }
    return n;
}
