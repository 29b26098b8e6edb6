/*
 * repr() and str() of any value by kind (object.h), CPython's spelling for
 * every builtin type and container, nested, with "[...]" for a container
 * that contains itself.  User classes go through pyuk_type.special.
 */
#include <pyuk/bytes.h>
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/object.h>
#include <pyuk/output.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

#include "object_internal.h"

/* Containers being printed, for "[...]": a small stack (deeper nesting is
 * not checked, as it cannot be a cycle shorter than the stack). */
#define REPR_DEPTH 64
static pyuk_object *in_progress[REPR_DEPTH];
static int depth;

bool pyuk_repr_enter(pyuk_object *o)
{
    for (int i = 0; i < depth && i < REPR_DEPTH; i++)
        if (in_progress[i] == o)
            return false;
    if (depth < REPR_DEPTH)
        in_progress[depth] = o;
    depth++;
    return true;
}

void pyuk_repr_leave(void)
{
    depth--;
}

const char *pyuk_word_type_name(pyuk_word w, pyuk_int kind)
{
    switch (kind) {
    case PYUK_KIND_INT: return "int";
    case PYUK_KIND_FLOAT: return "float";
    case PYUK_KIND_BOOL: return "bool";
    default: break;
    }
    pyuk_object *o = (pyuk_object *)w;
    return o ? o->type->name : "NoneType";
}

void pyuk_repr_add_items(pyuk_strbuf *b, const pyuk_word *items, pyuk_int n,
                      const pyuk_type *tuple_type, pyuk_int kind)
{
    for (pyuk_int i = 0; i < n; i++) {
        if (i)
            pyuk_strbuf_add_ascii(b, ", ", 2);
        pyuk_int k = tuple_type ? pyuk_tuple_item_kind(tuple_type, i) : kind;
        pyuk_strbuf_add_word_repr(b, items[i], k);
    }
}

/* repr of an exception: Name(arg, ...) */
static void add_exception(pyuk_strbuf *b, pyuk_exception *exc)
{
    pyuk_strbuf_add_cstr(b, exc->ob.type->name);
    pyuk_strbuf_add_ascii(b, "(", 1);
    pyuk_tuple *args = (pyuk_tuple *)exc->args;
    if (args)
        pyuk_repr_add_items(b, args->items, args->length, args->ob.type, PYUK_KIND_OBJ);
    pyuk_strbuf_add_ascii(b, ")", 1);
}

static void add_str_of_hook(pyuk_strbuf *b, pyuk_str *(*hook)(pyuk_object *), pyuk_object *o)
{
    pyuk_str *s = hook(o);
    if (s)
        pyuk_strbuf_add_str(b, s);
    else
        b->failed = true;
}

static void add_object_repr(pyuk_strbuf *b, pyuk_object *o)
{
    const pyuk_type *t = o->type;
    if (t->special && t->special->repr) {
        add_str_of_hook(b, t->special->repr, o);
        return;
    }
    switch (t->family) {
    case PYUK_T_INT:
        pyuk_strbuf_add_int(b, ((pyuk_box_int *)o)->value);
        return;
    case PYUK_T_BOOL:
        pyuk_strbuf_add_cstr(b, ((pyuk_box_bool *)o)->value ? "True" : "False");
        return;
    case PYUK_T_FLOAT:
        pyuk_strbuf_add_float_repr(b, ((pyuk_box_float *)o)->value);
        return;
    case PYUK_T_STR:
        pyuk_strbuf_add_repr(b, (pyuk_str *)o);
        return;
    case PYUK_T_BYTES: {
        pyuk_str *s = (pyuk_str *)o;
        pyuk_strbuf_add_bytes_repr(b, s->data, (size_t)s->size);
        return;
    }
    case PYUK_T_BYTEARRAY: {
        pyuk_bytearray *a = (pyuk_bytearray *)o;
        pyuk_strbuf_add_bytearray_repr(b, a->data ? a->data : "", (size_t)a->size);
        return;
    }
    default:
        break;
    }
    if (!pyuk_repr_enter(o)) {
        switch (t->family) {
        case PYUK_T_LIST: pyuk_strbuf_add_cstr(b, "[...]"); return;
        case PYUK_T_DICT: pyuk_strbuf_add_cstr(b, "{...}"); return;
        case PYUK_T_SET: pyuk_strbuf_add_cstr(b, "set(...)"); return;
        default: pyuk_strbuf_add_cstr(b, "(...)"); return;
        }
    }
    switch (t->family) {
    case PYUK_T_TUPLE: {
        pyuk_tuple *tu = (pyuk_tuple *)o;
        pyuk_strbuf_add_ascii(b, "(", 1);
        pyuk_repr_add_items(b, tu->items, tu->length, t, 0);
        if (tu->length == 1)
            pyuk_strbuf_add_ascii(b, ",", 1);
        pyuk_strbuf_add_ascii(b, ")", 1);
        break;
    }
    case PYUK_T_LIST:
    case PYUK_T_DICT:
    case PYUK_T_SET:
    case PYUK_T_ITERATOR:
        /* linked with the container types (object_repr_containers.c) */
        if (pyuk_strbuf_add_container_repr && pyuk_strbuf_add_container_repr(b, o))
            break;
        /* fall through */
    default:
        if (t->flags & PYUK_TYPE_EXCEPTION) {
            add_exception(b, (pyuk_exception *)o);
            break;
        }
        pyuk_strbuf_add_ascii(b, "<", 1);
        if (t->module) {
            pyuk_strbuf_add_cstr(b, t->module);
            pyuk_strbuf_add_ascii(b, ".", 1);
        }
        pyuk_strbuf_add_cstr(b, t->name);
        pyuk_strbuf_add_cstr(b, " object at ");
        pyuk_strbuf_add_address(b, o);
        pyuk_strbuf_add_ascii(b, ">", 1);
        break;
    }
    pyuk_repr_leave();
}

void pyuk_strbuf_add_word_repr(pyuk_strbuf *b, pyuk_word w, pyuk_int kind)
{
    switch (kind) {
    case PYUK_KIND_INT:
        pyuk_strbuf_add_int(b, (pyuk_int)w);
        return;
    case PYUK_KIND_FLOAT: {
        union { pyuk_word w; double d; } u = { .w = w };
        pyuk_strbuf_add_float_repr(b, u.d);
        return;
    }
    case PYUK_KIND_BOOL:
        pyuk_strbuf_add_cstr(b, w ? "True" : "False");
        return;
    default:
        break;
    }
    if (!w) {
        pyuk_strbuf_add_ascii(b, "None", 4);
        return;
    }
    add_object_repr(b, (pyuk_object *)w);
}

/* str(exc): "" for no argument, str(arg) for one (KeyError: repr(arg)),
 * else repr(args). */
static void add_exception_str(pyuk_strbuf *b, pyuk_exception *exc)
{
    pyuk_tuple *args = (pyuk_tuple *)exc->args;
    if (!args || args->length == 0)
        return;
    if (args->length == 1) {
        pyuk_int k = pyuk_tuple_item_kind(args->ob.type, 0);
        if (pyuk_is_subtype(exc->ob.type, &pyuk_type_KeyError))
            pyuk_strbuf_add_word_repr(b, args->items[0], k);
        else
            pyuk_strbuf_add_word_str(b, args->items[0], k);
        return;
    }
    pyuk_strbuf_add_word_repr(b, (pyuk_word)args, PYUK_KIND_OBJ);
}

void pyuk_strbuf_add_word_str(pyuk_strbuf *b, pyuk_word w, pyuk_int kind)
{
    if (kind == PYUK_KIND_OBJ && w) {
        pyuk_object *o = (pyuk_object *)w;
        const pyuk_type *t = o->type;
        if (t->special && t->special->str) {
            add_str_of_hook(b, t->special->str, o);
            return;
        }
        if (t->family == PYUK_T_STR) {
            pyuk_strbuf_add_str(b, (pyuk_str *)o);
            return;
        }
        if ((t->flags & PYUK_TYPE_EXCEPTION) && !(t->special && t->special->repr)) {
            add_exception_str(b, (pyuk_exception *)o);
            return;
        }
    }
    pyuk_strbuf_add_word_repr(b, w, kind);
}

pyuk_str *pyuk_word_repr(pyuk_word w, pyuk_int kind)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_word_repr(&b, w, kind);
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_word_str(pyuk_word w, pyuk_int kind)
{
    if (kind == PYUK_KIND_OBJ && w && ((pyuk_object *)w)->type == &pyuk_type_str)
        return (pyuk_str *)w;
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_word_str(&b, w, kind);
    return pyuk_strbuf_finish(&b);
}

void pyuk_out_word(pyuk_int stream, pyuk_word w, pyuk_int kind)
{
    pyuk_str *s = pyuk_word_str(w, kind);
    if (s)
        pyuk_out_str(stream, s);
}
