/*
 * repr of list, dict, set and dict views: linked only with those types
 * (their descriptors reference pyuk_container_repr_linked), so a program
 * without containers does not carry it (object_repr.c calls it weakly).
 */
#include <pyuk/containers.h>
#include <pyuk/object.h>

#include "object_internal.h"

const char pyuk_container_repr_linked = 1;

static void add_dict(pyuk_strbuf *b, pyuk_dict *d)
{
    pyuk_strbuf_add_ascii(b, "{", 1);
    bool first = true;
    for (pyuk_int i = 0; i < d->nentries; i++) {
        pyuk_dict_entry *e = &d->entries[i];
        if (e->hash == -1)
            continue;
        if (!first)
            pyuk_strbuf_add_ascii(b, ", ", 2);
        first = false;
        pyuk_strbuf_add_word_repr(b, e->key, d->key_kind);
        pyuk_strbuf_add_ascii(b, ": ", 2);
        pyuk_strbuf_add_word_repr(b, e->value, d->value_kind);
    }
    pyuk_strbuf_add_ascii(b, "}", 1);
}

static void add_set(pyuk_strbuf *b, pyuk_set *s)
{
    if (s->used == 0) {
        pyuk_strbuf_add_cstr(b, "set()");
        return;
    }
    pyuk_strbuf_add_ascii(b, "{", 1);
    bool first = true;
    for (pyuk_int i = 0; i <= s->mask; i++) {
        if (s->table[i].stored == 0)
            continue;
        if (!first)
            pyuk_strbuf_add_ascii(b, ", ", 2);
        first = false;
        pyuk_strbuf_add_word_repr(b, s->table[i].key, s->kind);
    }
    pyuk_strbuf_add_ascii(b, "}", 1);
}

static void add_view(pyuk_strbuf *b, pyuk_dict_view *v)
{
    pyuk_strbuf_add_cstr(b, v->ob.type->name);
    pyuk_strbuf_add_ascii(b, "([", 2);
    pyuk_dict *d = v->dict;
    bool first = true;
    for (pyuk_int i = 0; i < d->nentries; i++) {
        pyuk_dict_entry *e = &d->entries[i];
        if (e->hash == -1)
            continue;
        if (!first)
            pyuk_strbuf_add_ascii(b, ", ", 2);
        first = false;
        if (v->ob.type == &pyuk_type_dict_values) {
            pyuk_strbuf_add_word_repr(b, e->value, d->value_kind);
        } else if (v->ob.type == &pyuk_type_dict_keys) {
            pyuk_strbuf_add_word_repr(b, e->key, d->key_kind);
        } else {
            pyuk_strbuf_add_ascii(b, "(", 1);
            pyuk_strbuf_add_word_repr(b, e->key, d->key_kind);
            pyuk_strbuf_add_ascii(b, ", ", 2);
            pyuk_strbuf_add_word_repr(b, e->value, d->value_kind);
            pyuk_strbuf_add_ascii(b, ")", 1);
        }
    }
    pyuk_strbuf_add_ascii(b, "])", 2);
}

bool pyuk_strbuf_add_container_repr(pyuk_strbuf *b, pyuk_object *o)
{
    const pyuk_type *t = o->type;
    switch (t->family) {
    case PYUK_T_LIST: {
        pyuk_list *l = (pyuk_list *)o;
        pyuk_strbuf_add_ascii(b, "[", 1);
        pyuk_repr_add_items(b, l->items, l->length, NULL, l->kind);
        pyuk_strbuf_add_ascii(b, "]", 1);
        return true;
    }
    case PYUK_T_DICT:
        add_dict(b, (pyuk_dict *)o);
        return true;
    case PYUK_T_SET:
        add_set(b, (pyuk_set *)o);
        return true;
    default:
        if (t == &pyuk_type_dict_keys || t == &pyuk_type_dict_values ||
            t == &pyuk_type_dict_items) {
            add_view(b, (pyuk_dict_view *)o);
            return true;
        }
        return false;
    }
}
