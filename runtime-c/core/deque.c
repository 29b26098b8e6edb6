/*
 * collections.deque as a ring buffer: `capacity` (a power of two) words in
 * the data[] of a GC buffer, item i in slot (head + i) & (capacity - 1).
 * Appends and pops at either end are O(1) (amortised when the buffer
 * doubles); a full bounded deque drops the item at the other end, as
 * CPython's does.  Vacated slots are cleared so that they keep nothing
 * alive.  Messages and the iterator's mutation check follow CPython 3.11.
 */
#include <pyuk/containers.h>
#include <pyuk/deque.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/object.h>
#include <pyuk/strbuf.h>

#include "object_internal.h"

static pyuk_str *deque_repr(pyuk_object *self);
static bool deque_eq(pyuk_object *self, pyuk_object *other);
static pyuk_int deque_hash(pyuk_object *self);

static const pyuk_special_methods deque_special = {
    .repr = deque_repr,
    .eq = deque_eq,
    .hash = deque_hash,
};

const pyuk_type pyuk_type_deque = {
    .name = "deque",
    .module = "collections",
    .family = PYUK_T_DEQUE,
    .size = sizeof(pyuk_deque),
    .trace = pyuk_trace_list,  /* the items pointer sits where a list's does */
    .special = &deque_special,
};

static inline pyuk_int slot(const pyuk_deque *d, pyuk_int i)
{
    return (d->head + i) & (d->capacity - 1);
}

static void raise_index(void)
{
    pyuk_raise_message(&pyuk_type_IndexError, "deque index out of range");
}

/* Room for one more item; false with MemoryError pending. */
static bool grow(pyuk_deque *d)
{
    if (d->length < d->capacity)
        return true;
    pyuk_int cap = d->capacity ? d->capacity * 2 : 8;
    pyuk_buffer *buf = pyuk_alloc_buffer((size_t)cap, d->kind == PYUK_KIND_OBJ);
    if (!buf)
        return false;
    for (pyuk_int i = 0; i < d->length; i++)
        buf->data[i] = d->items[slot(d, i)];
    d->items = buf->data;
    d->capacity = cap;
    d->head = 0;
    return true;
}

pyuk_deque *pyuk_deque_new(pyuk_int kind, pyuk_int maxlen, bool has_maxlen)
{
    if (has_maxlen && maxlen < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "maxlen must be non-negative");
        return NULL;
    }
    pyuk_deque *d = (pyuk_deque *)pyuk_alloc(&pyuk_type_deque, sizeof(pyuk_deque));
    if (!d)
        return NULL;
    d->kind = kind;
    d->maxlen = has_maxlen ? maxlen : -1;
    return d;
}

static pyuk_word take_left(pyuk_deque *d)
{
    pyuk_word w = d->items[d->head];
    d->items[d->head] = 0;
    d->head = slot(d, 1);
    d->length--;
    return w;
}

static pyuk_word take_right(pyuk_deque *d)
{
    pyuk_int s = slot(d, d->length - 1);
    pyuk_word w = d->items[s];
    d->items[s] = 0;
    d->length--;
    return w;
}

void pyuk_deque_append(pyuk_deque *d, pyuk_word w)
{
    if (d->maxlen == 0)
        return;
    d->state++;
    if (d->length == d->maxlen)
        take_left(d);
    if (!grow(d))
        return;
    d->items[slot(d, d->length)] = w;
    d->length++;
}

void pyuk_deque_appendleft(pyuk_deque *d, pyuk_word w)
{
    if (d->maxlen == 0)
        return;
    d->state++;
    if (d->length == d->maxlen)
        take_right(d);
    if (!grow(d))
        return;
    d->head = (d->head - 1) & (d->capacity - 1);
    d->items[d->head] = w;
    d->length++;
}

pyuk_word pyuk_deque_pop(pyuk_deque *d)
{
    if (!d->length) {
        pyuk_raise_message(&pyuk_type_IndexError, "pop from an empty deque");
        return 0;
    }
    d->state++;
    return take_right(d);
}

pyuk_word pyuk_deque_popleft(pyuk_deque *d)
{
    if (!d->length) {
        pyuk_raise_message(&pyuk_type_IndexError, "pop from an empty deque");
        return 0;
    }
    d->state++;
    return take_left(d);
}

void pyuk_deque_extend_deque(pyuk_deque *d, pyuk_deque *other, bool left)
{
    pyuk_int n = other->length;
    if (!n)
        return;
    /* a snapshot first: d may be other (d.extend(d) doubles it) */
    pyuk_buffer *copy = pyuk_alloc_buffer((size_t)n, other->kind == PYUK_KIND_OBJ);
    if (!copy)
        return;
    for (pyuk_int i = 0; i < n; i++)
        copy->data[i] = other->items[slot(other, i)];
    for (pyuk_int i = 0; i < n && !pyuk_current_exception; i++) {
        if (left)
            pyuk_deque_appendleft(d, copy->data[i]);
        else
            pyuk_deque_append(d, copy->data[i]);
    }
}

void pyuk_deque_clear(pyuk_deque *d)
{
    d->state++;
    for (pyuk_int i = 0; i < d->length; i++)
        d->items[slot(d, i)] = 0;
    d->length = 0;
    d->head = 0;
}

void pyuk_deque_rotate(pyuk_deque *d, pyuk_int n)
{
    pyuk_int len = d->length;
    if (len <= 1)
        return;  /* CPython leaves the iterator's state alone here */
    d->state++;
    n %= len;
    if (n < 0)
        n += len;
    if (!n)
        return;
    if (len == d->capacity) {  /* a full ring: only the head moves */
        d->head = (d->head - n) & (d->capacity - 1);
        return;
    }
    if (n <= len / 2) {
        for (pyuk_int i = 0; i < n; i++) {  /* last item to the front */
            pyuk_word w = take_right(d);
            d->head = (d->head - 1) & (d->capacity - 1);
            d->items[d->head] = w;
            d->length++;
        }
    } else {
        for (pyuk_int i = 0; i < len - n; i++) {  /* first item to the back */
            pyuk_word w = take_left(d);
            d->items[slot(d, d->length)] = w;
            d->length++;
        }
    }
}

void pyuk_deque_reverse(pyuk_deque *d)
{
    for (pyuk_int i = 0, j = d->length - 1; i < j; i++, j--) {
        pyuk_int a = slot(d, i), b = slot(d, j);
        pyuk_word w = d->items[a];
        d->items[a] = d->items[b];
        d->items[b] = w;
    }
}

/* Whether a comparison changed the deque (a user __eq__), raising `type`
 * as CPython does. */
static bool mutated(pyuk_deque *d, pyuk_int state, const pyuk_type *type)
{
    if (d->state == state)
        return false;
    pyuk_raise_message(type, "deque mutated during iteration");
    return true;
}

/* Index of the first item equal to w in [start, stop), -1 if none, -2
 * when a comparison raised or changed the deque.  As in CPython, index()
 * and `in` take a match without looking at the deque again; remove()
 * (IndexError) checks after every comparison. */
static pyuk_int find(pyuk_deque *d, pyuk_word w, pyuk_int kind, pyuk_int start,
                     pyuk_int stop, bool removing)
{
    pyuk_int state = d->state;
    for (pyuk_int i = start; i < stop && i < d->length; i++) {
        bool eq = pyuk_word_eq(d->items[slot(d, i)], d->kind, w, kind);
        if (pyuk_current_exception)
            return -2;
        if (eq && !removing)
            return i;
        if (mutated(d, state, removing ? &pyuk_type_IndexError : &pyuk_type_RuntimeError))
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

pyuk_int pyuk_deque_count(pyuk_deque *d, pyuk_word w, pyuk_int kind)
{
    pyuk_int count = 0, state = d->state;
    for (pyuk_int i = 0; i < d->length; i++) {
        bool eq = pyuk_word_eq(d->items[slot(d, i)], d->kind, w, kind);
        if (pyuk_current_exception || mutated(d, state, &pyuk_type_RuntimeError))
            return 0;
        count += eq;
    }
    return count;
}

bool pyuk_deque_contains(pyuk_deque *d, pyuk_word w, pyuk_int kind)
{
    return find(d, w, kind, 0, d->length, false) >= 0;
}

static void raise_not_in_deque(pyuk_word w, pyuk_int kind)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_word_repr(&b, w, kind);
    pyuk_strbuf_add_cstr(&b, " is not in deque");
    pyuk_str *message = pyuk_strbuf_finish(&b);
    if (message)
        pyuk_raise_message(&pyuk_type_ValueError, message->data);
}

/* Removes item i, moving the shorter side. */
static void delete_at(pyuk_deque *d, pyuk_int i)
{
    d->state++;
    if (i < d->length / 2) {
        for (pyuk_int j = i; j > 0; j--)
            d->items[slot(d, j)] = d->items[slot(d, j - 1)];
        take_left(d);
    } else {
        for (pyuk_int j = i; j < d->length - 1; j++)
            d->items[slot(d, j)] = d->items[slot(d, j + 1)];
        take_right(d);
    }
}

void pyuk_deque_remove(pyuk_deque *d, pyuk_word w, pyuk_int kind)
{
    pyuk_int i = find(d, w, kind, 0, d->length, true);
    if (i == -1)
        raise_not_in_deque(w, kind);
    if (i < 0)
        return;
    delete_at(d, i);
}

pyuk_int pyuk_deque_index(pyuk_deque *d, pyuk_word w, pyuk_int kind, pyuk_int start,
                          pyuk_int stop)
{
    if (start < 0) {
        start += d->length;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += d->length;
        if (stop < 0)
            stop = 0;
    }
    if (stop > d->length)
        stop = d->length;
    pyuk_int i = find(d, w, kind, start, stop, false);
    if (i == -1)
        raise_not_in_deque(w, kind);
    return i;
}

pyuk_deque *pyuk_deque_copy(pyuk_deque *d)
{
    pyuk_deque *c = pyuk_deque_new(d->kind, d->maxlen, d->maxlen >= 0);
    if (!c || !d->length)
        return c;
    pyuk_int cap = d->capacity;
    pyuk_buffer *buf = pyuk_alloc_buffer((size_t)cap, d->kind == PYUK_KIND_OBJ);
    if (!buf)
        return NULL;
    for (pyuk_int i = 0; i < d->length; i++)
        buf->data[i] = d->items[slot(d, i)];
    c->items = buf->data;
    c->capacity = cap;
    c->length = d->length;
    return c;
}

static bool normalize(pyuk_deque *d, pyuk_int *index)
{
    if (*index < 0)
        *index += d->length;
    if (*index >= 0 && *index < d->length)
        return true;
    raise_index();
    return false;
}

pyuk_word pyuk_deque_getitem(pyuk_deque *d, pyuk_int index)
{
    if (!normalize(d, &index))
        return 0;
    return d->items[slot(d, index)];
}

void pyuk_deque_setitem(pyuk_deque *d, pyuk_int index, pyuk_word w)
{
    if (normalize(d, &index))
        d->items[slot(d, index)] = w;
}

void pyuk_deque_delitem(pyuk_deque *d, pyuk_int index)
{
    if (normalize(d, &index))
        delete_at(d, index);
}

pyuk_object *pyuk_deque_maxlen(pyuk_deque *d)
{
    return d->maxlen < 0 ? NULL : pyuk_int_to_object(d->maxlen);
}

pyuk_int pyuk_deque_state(pyuk_deque *d)
{
    return d->state;
}

bool pyuk_deque_iter_more(pyuk_deque *d, pyuk_int state, pyuk_int index)
{
    if (d->state != state) {
        pyuk_raise_message(&pyuk_type_RuntimeError, "deque mutated during iteration");
        return false;
    }
    return index < d->length;
}

pyuk_word pyuk_deque_item_at(pyuk_deque *d, pyuk_int index)
{
    return d->items[slot(d, index)];
}

/* ---- repr, ==, hash (through pyuk_type.special) ---- */

static pyuk_str *deque_repr(pyuk_object *self)
{
    pyuk_deque *d = (pyuk_deque *)self;
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    if (!pyuk_repr_enter(self)) {
        pyuk_strbuf_add_cstr(&b, "[...]");
        return pyuk_strbuf_finish(&b);
    }
    pyuk_strbuf_add_cstr(&b, "deque([");
    for (pyuk_int i = 0; i < d->length; i++) {
        if (i)
            pyuk_strbuf_add_ascii(&b, ", ", 2);
        pyuk_strbuf_add_word_repr(&b, d->items[slot(d, i)], d->kind);
    }
    pyuk_strbuf_add_ascii(&b, "]", 1);
    if (d->maxlen >= 0) {
        pyuk_strbuf_add_cstr(&b, ", maxlen=");
        pyuk_strbuf_add_int(&b, d->maxlen);
    }
    pyuk_strbuf_add_ascii(&b, ")", 1);
    pyuk_repr_leave();
    return pyuk_strbuf_finish(&b);
}

static bool deque_eq(pyuk_object *self, pyuk_object *other)
{
    if (!other || other->type != &pyuk_type_deque)
        return false;
    pyuk_deque *a = (pyuk_deque *)self, *b = (pyuk_deque *)other;
    if (a == b)
        return true;
    if (a->length != b->length)
        return false;
    for (pyuk_int i = 0; i < a->length && i < b->length; i++) {
        bool eq = pyuk_word_eq(a->items[slot(a, i)], a->kind, b->items[slot(b, i)], b->kind);
        if (pyuk_current_exception || !eq)
            return false;
    }
    return true;
}

static pyuk_int deque_hash(pyuk_object *self)
{
    (void)self;
    pyuk_raise_message(&pyuk_type_TypeError, "unhashable type: 'collections.deque'");
    return -1;
}
