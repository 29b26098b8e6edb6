/* What the parts of the generic repr share (object_repr*.c). */
#ifndef PYUK_OBJECT_INTERNAL_H
#define PYUK_OBJECT_INTERNAL_H

#include <pyuk/object.h>
#include <pyuk/strbuf.h>

#include <stdint.h>

/* "[...]" detection: false if o is already being printed. */
bool pyuk_repr_enter(pyuk_object *o);
void pyuk_repr_leave(void);
/* items[0..n) separated by ", " (tuple_type gives each item's kind, else
 * all are `kind`) */
void pyuk_repr_add_items(pyuk_strbuf *b, const pyuk_word *items, pyuk_int n,
                         const pyuk_type *tuple_type, pyuk_int kind);
/* repr of list, dict, set and dict views; false for other objects.  Weak:
 * programs without those types do not link their repr. */
bool pyuk_strbuf_add_container_repr(pyuk_strbuf *b, pyuk_object *o) __attribute__((weak));
/* 0x... of an address, as the default repr and a defaultdict's function
 * factory write it (inline: object_repr.c's only call stays a leaf) */
static inline void pyuk_strbuf_add_address(pyuk_strbuf *b, const void *p)
{
    static const char digits[] = "0123456789abcdef";
    char buf[20];
    int n = 0;
    uintptr_t v = (uintptr_t)p;
    do {
        buf[n++] = digits[v & 15];
        v >>= 4;
    } while (v);
    pyuk_strbuf_add_ascii(b, "0x", 2);
    while (n)
        pyuk_strbuf_add_ascii(b, &buf[--n], 1);
}
/* Referenced by the container types so that the above is linked with them. */
extern const char pyuk_container_repr_linked;

#endif
