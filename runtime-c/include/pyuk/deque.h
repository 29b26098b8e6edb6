/*
 * collections.deque: a ring buffer of words (runtime.h: pyuk_word, read by
 * `kind`), with O(1) appends and pops at both ends.  See docs/containers.md.
 *
 * The layout starts like pyuk_list's (length at offset 8, the items
 * pointer at offset 24, pointing at the data[] of a GC buffer), so compiled
 * code inlines len() and the GC traces it with pyuk_trace_list.  `state`
 * counts the changes of length and order that CPython's deque iterator
 * watches ("deque mutated during iteration").
 */
#ifndef PYUK_DEQUE_H
#define PYUK_DEQUE_H

#include <pyuk/runtime.h>

typedef struct pyuk_deque {
    pyuk_object ob;
    pyuk_int length;
    pyuk_int capacity;  /* 0 or a power of two */
    pyuk_word *items;   /* data[] of a pyuk_buffer, or NULL when capacity 0 */
    pyuk_int kind;      /* pyuk_kind of the items */
    pyuk_int head;      /* slot of item 0 */
    pyuk_int maxlen;    /* -1: unbounded */
    pyuk_int state;     /* bumped by every change the iterator checks */
} pyuk_deque;

extern const pyuk_type pyuk_type_deque;

/* deque(maxlen=...): has_maxlen false for None; ValueError when negative */
pyuk_deque *pyuk_deque_new(pyuk_int kind, pyuk_int maxlen, bool has_maxlen);
void pyuk_deque_append(pyuk_deque *d, pyuk_word w);
void pyuk_deque_appendleft(pyuk_deque *d, pyuk_word w);
pyuk_word pyuk_deque_pop(pyuk_deque *d);       /* IndexError when empty */
pyuk_word pyuk_deque_popleft(pyuk_deque *d);   /* IndexError when empty */
/* d.extend(other) / d.extendleft(other) for a deque `other` (d itself too) */
void pyuk_deque_extend_deque(pyuk_deque *d, pyuk_deque *other, bool left);
void pyuk_deque_clear(pyuk_deque *d);
void pyuk_deque_rotate(pyuk_deque *d, pyuk_int n);
void pyuk_deque_reverse(pyuk_deque *d);
pyuk_int pyuk_deque_count(pyuk_deque *d, pyuk_word w, pyuk_int kind);
bool pyuk_deque_contains(pyuk_deque *d, pyuk_word w, pyuk_int kind);
void pyuk_deque_remove(pyuk_deque *d, pyuk_word w, pyuk_int kind);      /* ValueError */
/* d.index(w, start, stop) with CPython's clamping; ValueError */
pyuk_int pyuk_deque_index(pyuk_deque *d, pyuk_word w, pyuk_int kind,
                          pyuk_int start, pyuk_int stop);
pyuk_deque *pyuk_deque_copy(pyuk_deque *d);
pyuk_word pyuk_deque_getitem(pyuk_deque *d, pyuk_int index);           /* IndexError */
void pyuk_deque_setitem(pyuk_deque *d, pyuk_int index, pyuk_word w);  /* IndexError */
void pyuk_deque_delitem(pyuk_deque *d, pyuk_int index);               /* IndexError */
/* d.maxlen: a boxed int, or None */
pyuk_object *pyuk_deque_maxlen(pyuk_deque *d);

/* Iteration as CPython's deque iterator: whether item `index` is next,
 * RuntimeError "deque mutated during iteration" when `state` (read at the
 * start with pyuk_deque_state) changed. */
pyuk_int pyuk_deque_state(pyuk_deque *d);
bool pyuk_deque_iter_more(pyuk_deque *d, pyuk_int state, pyuk_int index);
pyuk_word pyuk_deque_item_at(pyuk_deque *d, pyuk_int index);

#endif
