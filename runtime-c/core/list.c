/*
 * list: a length, a capacity and the data[] of a GC buffer of words (raw
 * for unboxed kinds, traced for references).  Compiled code inlines len,
 * bounds-checked get/set and the append fast path; everything else is here.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/object.h>

#include "object_internal.h"
#include <pyuk/slice.h>

void *memmove(void *dst, const void *src, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);

/* links the repr of this type with it (object_repr_containers.c) */
__attribute__((used)) static const char *const repr_link = &pyuk_container_repr_linked;

const pyuk_type pyuk_type_list = {
    .name = "list",
    .family = PYUK_T_LIST,
    .size = sizeof(pyuk_list),
    .trace = pyuk_trace_list,
};

void pyuk_raise_index_error(pyuk_int which)
{
    static const char *const messages[] = {
        "list index out of range",
        "list assignment index out of range",
        "tuple index out of range",
        "pop from empty list",
        "pop index out of range",
    };
    if (which < 0 || which > 4)
        which = 0;
    pyuk_raise_message(&pyuk_type_IndexError, messages[which]);
}

/* Gives the list room for `need` items; false with MemoryError pending. */
static bool reserve(pyuk_list *l, pyuk_int need, bool exact)
{
    if (need <= l->capacity)
        return true;
    pyuk_int cap = need;
    if (!exact) {
        /* CPython's list_resize over-allocation */
        cap = (need + (need >> 3) + 6) & ~(pyuk_int)3;
        if (need - l->length > cap - need)
            cap = (need + 3) & ~(pyuk_int)3;
    }
    /* fill the GC's cell: the rounding is free */
    size_t bytes = pyuk_gc_usable_size(sizeof(pyuk_buffer) + (size_t)cap * sizeof(pyuk_word));
    size_t words = (bytes - sizeof(pyuk_buffer)) / sizeof(pyuk_word);
    if ((pyuk_int)words > cap)
        cap = (pyuk_int)words;
    pyuk_buffer *buf = pyuk_alloc_buffer((size_t)cap, l->kind == PYUK_KIND_OBJ);
    if (!buf)
        return false;
    if (l->length)
        memcpy(buf->data, l->items, (size_t)l->length * sizeof(pyuk_word));
    l->items = buf->data;
    l->capacity = cap;
    return true;
}

pyuk_list *pyuk_list_new(pyuk_int kind, pyuk_int length)
{
    pyuk_list *l = (pyuk_list *)pyuk_alloc(&pyuk_type_list, sizeof(pyuk_list));
    if (!l)
        return NULL;
    l->kind = kind;
    if (length > 0) {
        if (!reserve(l, length, true))
            return NULL;
        l->length = length;
    }
    return l;
}

void pyuk_list_append(pyuk_list *l, pyuk_word w)
{
    if (l->length == l->capacity && !reserve(l, l->length + 1, false))
        return;
    l->items[l->length++] = w;
}

static bool normalize(pyuk_int *index, pyuk_int length)
{
    if (*index < 0)
        *index += length;
    return *index >= 0 && *index < length;
}

pyuk_word pyuk_list_getitem(pyuk_list *l, pyuk_int index)
{
    if (!normalize(&index, l->length)) {
        pyuk_raise_index_error(PYUK_INDEX_LIST);
        return 0;
    }
    return l->items[index];
}

void pyuk_list_setitem(pyuk_list *l, pyuk_int index, pyuk_word w)
{
    if (!normalize(&index, l->length)) {
        pyuk_raise_index_error(PYUK_INDEX_LIST_ASSIGN);
        return;
    }
    l->items[index] = w;
}

static void remove_range(pyuk_list *l, pyuk_int start, pyuk_int count)
{
    pyuk_int tail = l->length - start - count;
    if (tail > 0)
        memmove(l->items + start, l->items + start + count,
                (size_t)tail * sizeof(pyuk_word));
    l->length -= count;
    for (pyuk_int i = 0; i < count; i++)
        l->items[l->length + i] = 0;   /* drop references */
}

void pyuk_list_delitem(pyuk_list *l, pyuk_int index)
{
    if (!normalize(&index, l->length)) {
        pyuk_raise_index_error(PYUK_INDEX_LIST_ASSIGN);
        return;
    }
    remove_range(l, index, 1);
}

pyuk_word pyuk_list_pop(pyuk_list *l, pyuk_int index)
{
    if (l->length == 0) {
        pyuk_raise_index_error(PYUK_INDEX_POP_EMPTY);
        return 0;
    }
    if (!normalize(&index, l->length)) {
        pyuk_raise_index_error(PYUK_INDEX_POP);
        return 0;
    }
    pyuk_word w = l->items[index];
    remove_range(l, index, 1);
    return w;
}

pyuk_word pyuk_list_pop_last(pyuk_list *l)
{
    return pyuk_list_pop(l, -1);
}

void pyuk_list_insert(pyuk_list *l, pyuk_int index, pyuk_word w)
{
    pyuk_int n = l->length;
    if (index < 0) {
        index += n;
        if (index < 0)
            index = 0;
    }
    if (index > n)
        index = n;
    if (n == l->capacity && !reserve(l, n + 1, false))
        return;
    memmove(l->items + index + 1, l->items + index, (size_t)(n - index) * sizeof(pyuk_word));
    l->items[index] = w;
    l->length = n + 1;
}

void pyuk_list_extend(pyuk_list *l, pyuk_list *other)
{
    pyuk_int n = other->length;   /* read first: other may be l */
    if (n == 0)
        return;
    if (!reserve(l, l->length + n, false))
        return;
    memcpy(l->items + l->length, other->items, (size_t)n * sizeof(pyuk_word));
    l->length += n;
}

pyuk_list *pyuk_list_iadd(pyuk_list *a, pyuk_list *b)
{
    pyuk_list_extend(a, b);
    return a;
}

static pyuk_int find(pyuk_list *l, pyuk_word w, pyuk_int kind, pyuk_int start, pyuk_int stop)
{
    /* the list may shrink under a user __eq__: re-read the length */
    for (pyuk_int i = start; i < stop && i < l->length; i++) {
        bool eq = pyuk_word_eq(l->items[i], l->kind, w, kind);
        if (pyuk_current_exception)
            return -1;
        if (eq)
            return i;
    }
    return -1;
}

bool pyuk_list_contains(pyuk_list *l, pyuk_word w, pyuk_int kind)
{
    if (l->kind == PYUK_KIND_INT && kind == PYUK_KIND_INT) {
        for (pyuk_int i = 0; i < l->length; i++)
            if (l->items[i] == w)
                return true;
        return false;
    }
    return find(l, w, kind, 0, l->length) >= 0;
}

void pyuk_list_remove(pyuk_list *l, pyuk_word w, pyuk_int kind)
{
    pyuk_int i = find(l, w, kind, 0, l->length);
    if (pyuk_current_exception)
        return;
    if (i < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "list.remove(x): x not in list");
        return;
    }
    remove_range(l, i, 1);
}

static void raise_not_in(pyuk_word w, pyuk_int kind, const char *what)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_word_repr(&b, w, kind);
    pyuk_strbuf_add_cstr(&b, what);
    pyuk_str *msg = pyuk_strbuf_finish(&b);
    if (!msg)
        return;
    pyuk_raise_message(&pyuk_type_ValueError, msg->data);
}

pyuk_int pyuk_list_index(pyuk_list *l, pyuk_word w, pyuk_int kind, pyuk_int start,
                         pyuk_int stop)
{
    pyuk_int n = l->length;
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0)
            stop = 0;
    }
    pyuk_int i = find(l, w, kind, start, stop);
    if (pyuk_current_exception)
        return -1;
    if (i < 0)
        raise_not_in(w, kind, " is not in list");
    return i;
}

pyuk_int pyuk_list_count(pyuk_list *l, pyuk_word w, pyuk_int kind)
{
    pyuk_int count = 0;
    for (pyuk_int i = 0; i < l->length; i++) {
        bool eq = pyuk_word_eq(l->items[i], l->kind, w, kind);
        if (pyuk_current_exception)
            return 0;
        count += eq;
    }
    return count;
}

void pyuk_list_reverse(pyuk_list *l)
{
    for (pyuk_int i = 0, j = l->length - 1; i < j; i++, j--) {
        pyuk_word t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

void pyuk_list_clear(pyuk_list *l)
{
    l->items = NULL;
    l->length = 0;
    l->capacity = 0;
}

pyuk_list *pyuk_list_copy(pyuk_list *l)
{
    pyuk_list *c = pyuk_list_new(l->kind, l->length);
    if (c && l->length)
        memcpy(c->items, l->items, (size_t)l->length * sizeof(pyuk_word));
    return c;
}

pyuk_list *pyuk_list_concat(pyuk_list *a, pyuk_list *b)
{
    pyuk_list *c = pyuk_list_new(a->kind, a->length + b->length);
    if (!c)
        return NULL;
    if (a->length)
        memcpy(c->items, a->items, (size_t)a->length * sizeof(pyuk_word));
    if (b->length)
        memcpy(c->items + a->length, b->items, (size_t)b->length * sizeof(pyuk_word));
    return c;
}

pyuk_list *pyuk_list_repeat(pyuk_list *a, pyuk_int n)
{
    if (n < 0)
        n = 0;
    if (a->length && n > INT64_MAX / 8 / a->length) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_list *c = pyuk_list_new(a->kind, a->length * n);
    if (!c)
        return NULL;
    for (pyuk_int i = 0; i < n; i++)
        memcpy(c->items + i * a->length, a->items, (size_t)a->length * sizeof(pyuk_word));
    return c;
}

pyuk_list *pyuk_list_imul(pyuk_list *a, pyuk_int n)
{
    pyuk_list *c = pyuk_list_repeat(a, n);
    if (!c)
        return a;
    a->items = c->items;
    a->length = c->length;
    a->capacity = c->capacity;
    return a;
}

/* ---- slices ---- */

static bool adjust(pyuk_int length, pyuk_int *start, pyuk_int *stop, pyuk_int step,
                   pyuk_int given, pyuk_int *count)
{
    if (step == 0) {
        pyuk_raise_slice_step_zero();
        return false;
    }
    *count = pyuk_slice_adjust(length, start, stop, step, given);
    return true;
}

pyuk_list *pyuk_list_slice(pyuk_list *l, pyuk_int start, pyuk_int stop, pyuk_int step,
                           pyuk_int given)
{
    pyuk_int n;
    if (!adjust(l->length, &start, &stop, step, given, &n))
        return NULL;
    pyuk_list *c = pyuk_list_new(l->kind, n);
    if (!c)
        return NULL;
    for (pyuk_int i = 0; i < n; i++)
        c->items[i] = l->items[start + i * step];
    return c;
}

void pyuk_list_del_slice(pyuk_list *l, pyuk_int start, pyuk_int stop, pyuk_int step,
                         pyuk_int given)
{
    pyuk_int n;
    if (!adjust(l->length, &start, &stop, step, given, &n) || n == 0)
        return;
    if (step == 1) {
        remove_range(l, start, n);
        return;
    }
    if (step < 0) {  /* same items, walked upwards */
        start = start + (n - 1) * step;
        step = -step;
    }
    pyuk_int out = start, next = start;
    pyuk_int removed = 0;
    for (pyuk_int i = start; i < l->length; i++) {
        if (removed < n && i == next) {
            removed++;
            next += step;
            continue;
        }
        l->items[out++] = l->items[i];
    }
    for (pyuk_int i = out; i < l->length; i++)
        l->items[i] = 0;
    l->length = out;
}

void pyuk_list_set_slice(pyuk_list *l, pyuk_int start, pyuk_int stop, pyuk_int step,
                         pyuk_int given, pyuk_list *values)
{
    pyuk_int n;
    if (!adjust(l->length, &start, &stop, step, given, &n))
        return;
    if (values == l) {  /* a[:] = a */
        values = pyuk_list_copy(l);
        if (!values)
            return;
    }
    pyuk_int m = values->length;
    if (step != 1) {
        if (m != n) {
            /* "attempt to assign sequence of size %zd to extended slice of size %zd" */
            pyuk_strbuf b;
            pyuk_strbuf_init(&b);
            pyuk_strbuf_add_cstr(&b, "attempt to assign sequence of size ");
            pyuk_strbuf_add_int(&b, m);
            pyuk_strbuf_add_cstr(&b, " to extended slice of size ");
            pyuk_strbuf_add_int(&b, n);
            pyuk_str *msg = pyuk_strbuf_finish(&b);
            if (msg)
                pyuk_raise_message(&pyuk_type_ValueError, msg->data);
            return;
        }
        for (pyuk_int i = 0; i < n; i++)
            l->items[start + i * step] = values->items[i];
        return;
    }
    /* simple slice: replace items [start, start + n) by values */
    if (stop < start)
        stop = start;
    n = stop - start;
    pyuk_int new_length = l->length - n + m;
    if (m > n && !reserve(l, new_length, false))
        return;
    memmove(l->items + start + m, l->items + start + n,
            (size_t)(l->length - start - n) * sizeof(pyuk_word));
    memcpy(l->items + start, values->items, (size_t)m * sizeof(pyuk_word));
    for (pyuk_int i = new_length; i < l->length; i++)
        l->items[i] = 0;
    l->length = new_length;
}

/* ---- sorting: stable merge sort on (key, item) pairs ---- */

typedef struct sort_state {
    pyuk_word *keys;
    pyuk_int key_kind;
    pyuk_word *vals;   /* NULL when keys are the items */
    pyuk_word *tmp_keys;
    pyuk_word *tmp_vals;
    bool reverse;
    bool failed;
} sort_state;

static bool before(sort_state *st, pyuk_word a, pyuk_word b)
{
    if (st->failed)
        return false;
    bool r;
    pyuk_int k = st->key_kind;
    if (k == PYUK_KIND_INT)
        r = st->reverse ? (pyuk_int)b < (pyuk_int)a : (pyuk_int)a < (pyuk_int)b;
    else
        r = st->reverse ? pyuk_word_lt(b, k, a, k) : pyuk_word_lt(a, k, b, k);
    if (pyuk_current_exception) {
        st->failed = true;
        return false;
    }
    return r;
}

static void merge_sort(sort_state *st, pyuk_int lo, pyuk_int hi)
{
    pyuk_int n = hi - lo;
    if (n < 2 || st->failed)
        return;
    if (n <= 12) {  /* insertion sort: stable */
        for (pyuk_int i = lo + 1; i < hi; i++) {
            pyuk_word k = st->keys[i];
            pyuk_word v = st->vals ? st->vals[i] : 0;
            pyuk_int j = i;
            while (j > lo && before(st, k, st->keys[j - 1])) {
                st->keys[j] = st->keys[j - 1];
                if (st->vals)
                    st->vals[j] = st->vals[j - 1];
                j--;
            }
            st->keys[j] = k;
            if (st->vals)
                st->vals[j] = v;
        }
        return;
    }
    pyuk_int mid = lo + n / 2;
    merge_sort(st, lo, mid);
    merge_sort(st, mid, hi);
    if (st->failed || !before(st, st->keys[mid], st->keys[mid - 1]))
        return;  /* already in order */
    pyuk_int i = lo, j = mid, o = lo;
    while (i < mid && j < hi) {
        if (before(st, st->keys[j], st->keys[i])) {
            st->tmp_keys[o] = st->keys[j];
            if (st->vals)
                st->tmp_vals[o] = st->vals[j];
            j++;
        } else {
            st->tmp_keys[o] = st->keys[i];
            if (st->vals)
                st->tmp_vals[o] = st->vals[i];
            i++;
        }
        o++;
    }
    while (i < mid) {
        st->tmp_keys[o] = st->keys[i];
        if (st->vals)
            st->tmp_vals[o] = st->vals[i];
        i++, o++;
    }
    while (j < hi) {
        st->tmp_keys[o] = st->keys[j];
        if (st->vals)
            st->tmp_vals[o] = st->vals[j];
        j++, o++;
    }
    memcpy(st->keys + lo, st->tmp_keys + lo, (size_t)n * sizeof(pyuk_word));
    if (st->vals)
        memcpy(st->vals + lo, st->tmp_vals + lo, (size_t)n * sizeof(pyuk_word));
}

/* Sorts a private copy (CPython empties the list while sorting, so a
 * failing comparison leaves it as a permutation; a copy keeps it intact,
 * which is one of the permutations CPython allows). */
static void sort_words(pyuk_list *l, pyuk_list *keys, bool reverse)
{
    pyuk_int n = l->length;
    if (n < 2)
        return;
    bool refs_k = (keys ? keys->kind : l->kind) == PYUK_KIND_OBJ;
    pyuk_buffer *kb = pyuk_alloc_buffer((size_t)n, refs_k);
    pyuk_buffer *tk = kb ? pyuk_alloc_buffer((size_t)n, refs_k) : NULL;
    pyuk_buffer *vb = NULL, *tv = NULL;
    if (!tk)
        return;
    if (keys) {
        vb = pyuk_alloc_buffer((size_t)n, l->kind == PYUK_KIND_OBJ);
        tv = vb ? pyuk_alloc_buffer((size_t)n, l->kind == PYUK_KIND_OBJ) : NULL;
        if (!tv)
            return;
        memcpy(kb->data, keys->items, (size_t)n * sizeof(pyuk_word));
        memcpy(vb->data, l->items, (size_t)n * sizeof(pyuk_word));
    } else {
        memcpy(kb->data, l->items, (size_t)n * sizeof(pyuk_word));
    }
    sort_state st = {
        .keys = kb->data, .key_kind = keys ? keys->kind : l->kind,
        .vals = vb ? vb->data : NULL, .tmp_keys = tk->data,
        .tmp_vals = tv ? tv->data : NULL, .reverse = reverse,
    };
    merge_sort(&st, 0, n);
    if (st.failed)
        return;
    if (l->length != n) {
        pyuk_raise_message(&pyuk_type_ValueError, "list modified during sort");
        return;
    }
    memcpy(l->items, keys ? vb->data : kb->data, (size_t)n * sizeof(pyuk_word));
}

void pyuk_list_sort(pyuk_list *l, bool reverse)
{
    sort_words(l, NULL, reverse);
}

void pyuk_list_sort_keyed(pyuk_list *l, pyuk_list *keys, bool reverse)
{
    sort_words(l, keys, reverse);
}

/* a, b = seq with the wrong number of items */
void pyuk_raise_unpack_error(pyuk_int got, pyuk_int expected)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    if (got > expected) {
        pyuk_strbuf_add_cstr(&b, "too many values to unpack (expected ");
        pyuk_strbuf_add_int(&b, expected);
    } else {
        pyuk_strbuf_add_cstr(&b, "not enough values to unpack (expected ");
        pyuk_strbuf_add_int(&b, expected);
        pyuk_strbuf_add_cstr(&b, ", got ");
        pyuk_strbuf_add_int(&b, got);
    }
    pyuk_strbuf_add_ascii(&b, ")", 1);
    pyuk_str *msg = pyuk_strbuf_finish(&b);
    if (msg)
        pyuk_raise_message(&pyuk_type_ValueError, msg->data);
}

void pyuk_raise_value_error_cstr(pyuk_str *message)
{
    pyuk_raise_message(&pyuk_type_ValueError, message->data);
}

void pyuk_raise_type_error_cstr(pyuk_str *message)
{
    pyuk_raise_message(&pyuk_type_TypeError, message->data);
}

/* len(range(start, stop, step)), step != 0 */
pyuk_int pyuk_range_length(pyuk_int start, pyuk_int stop, pyuk_int step)
{
    if (step > 0 && start < stop)
        return (pyuk_int)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    if (step < 0 && start > stop)
        return (pyuk_int)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1);
    return 0;
}
