/*
 * str(e) and repr(e) of exceptions, as CPython's BaseException, KeyError and
 * OSError compute them:
 *
 *   args ()          str ""            repr ValueError()
 *   args ('bad',)    str bad           repr ValueError('bad')
 *   args (1, 'x')    str (1, 'x')      repr ValueError(1, 'x')
 *   KeyError('k')    str 'k'           (the repr of the key)
 *   OSError(2, 'x')  str [Errno 2] x
 *
 * Arguments are rendered by the generic repr/str of object.h when the
 * program links it (any repr(), str() or print() of an object does).  The
 * references are weak so that a program that only ever shows an exception
 * in the uncaught report does not carry the generic repr and the Unicode
 * tables (25 KiB): it renders arguments with the small repr below, exact
 * for None, numbers, tuples and ASCII text.
 */
#include <pyuk/exceptions.h>
#include <pyuk/numfmt.h>
#include <pyuk/object.h>
#include <pyuk/strbuf.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

#pragma weak pyuk_strbuf_add_word_repr
#pragma weak pyuk_strbuf_add_word_str

static pyuk_tuple *args_of(pyuk_object *exc)
{
    return (pyuk_tuple *)((pyuk_exception *)exc)->args;
}

static pyuk_int nargs(pyuk_object *exc)
{
    pyuk_tuple *args = args_of(exc);
    return args ? args->length : 0;
}

/* ---- the small repr, for programs without object.h's ---- */

static const char hexdigits[] = "0123456789abcdef";

/* repr() of a str: exact for ASCII; of the rest only the C1 controls,
 * U+00A0 and U+00AD are escaped (CPython escapes every character
 * str.isprintable() rejects). */
static void small_str_repr(pyuk_strbuf *b, pyuk_str *s)
{
    bool has_single = false, has_double = false;
    for (pyuk_int i = 0; i < s->size; i++) {
        has_single |= s->data[i] == '\'';
        has_double |= s->data[i] == '"';
    }
    char quote = has_single && !has_double ? '"' : '\'';
    pyuk_strbuf_add_ascii(b, &quote, 1);
    const unsigned char *p = (const unsigned char *)s->data;
    pyuk_int start = 0;  /* first byte not added yet */
    for (pyuk_int i = 0; i < s->size; i++) {
        unsigned char c = p[i];
        char esc[4] = { '\\', 'x', 0, 0 };
        int len = 0;
        uint32_t cp = c;
        if (c == (unsigned char)quote || c == '\\') {
            esc[1] = (char)c;
            len = 2;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            len = 2;
        } else if (c < 0x20 || c == 0x7f) {
            len = 4;
        } else if (c == 0xC2 && i + 1 < s->size) {
            cp = 0x80u | (p[i + 1] & 0x3Fu);
            if (cp <= 0xA0 || cp == 0xAD)
                len = 4;
        }
        if (!len)
            continue;
        if (len == 4) {
            esc[2] = hexdigits[cp >> 4];
            esc[3] = hexdigits[cp & 15];
        }
        pyuk_strbuf_add(b, s->data + start, (size_t)(i - start),
                        pyuk_utf8_length(s->data + start, (size_t)(i - start)));
        pyuk_strbuf_add_ascii(b, esc, (size_t)len);
        start = i + 1 + (cp >= 0x80);
        i = start - 1;
    }
    pyuk_strbuf_add(b, s->data + start, (size_t)(s->size - start),
                    pyuk_utf8_length(s->data + start, (size_t)(s->size - start)));
    pyuk_strbuf_add_ascii(b, &quote, 1);
}

static void small_repr(pyuk_strbuf *b, pyuk_word w, pyuk_int kind)
{
    if (kind == PYUK_KIND_INT) {
        pyuk_strbuf_add_int(b, (pyuk_int)w);
        return;
    }
    if (kind == PYUK_KIND_FLOAT) {
        union { pyuk_word w; double d; } u = { .w = w };
        pyuk_strbuf_add_float_repr(b, u.d);
        return;
    }
    if (kind == PYUK_KIND_BOOL) {
        pyuk_strbuf_add_cstr(b, w ? "True" : "False");
        return;
    }
    pyuk_object *o = (pyuk_object *)w;
    if (!o) {
        pyuk_strbuf_add_ascii(b, "None", 4);
        return;
    }
    const pyuk_type *t = o->type;
    if (t->special && t->special->repr) {
        pyuk_str *s = t->special->repr(o);
        if (s)
            pyuk_strbuf_add_str(b, s);
        else
            b->failed = true;
        return;
    }
    switch (t->family) {
    case PYUK_T_INT:
        small_repr(b, (pyuk_word)((pyuk_box_int *)o)->value, PYUK_KIND_INT);
        return;
    case PYUK_T_BOOL:
        small_repr(b, (pyuk_word)((pyuk_box_bool *)o)->value, PYUK_KIND_BOOL);
        return;
    case PYUK_T_FLOAT: {
        union { double d; pyuk_word w; } u = { .d = ((pyuk_box_float *)o)->value };
        small_repr(b, u.w, PYUK_KIND_FLOAT);
        return;
    }
    case PYUK_T_STR:
        small_str_repr(b, (pyuk_str *)o);
        return;
    case PYUK_T_TUPLE: {
        pyuk_tuple *tu = (pyuk_tuple *)o;
        pyuk_strbuf_add_ascii(b, "(", 1);
        for (pyuk_int i = 0; i < tu->length; i++) {
            if (i)
                pyuk_strbuf_add_ascii(b, ", ", 2);
            small_repr(b, tu->items[i], pyuk_tuple_item_kind(t, i));
        }
        if (tu->length == 1)
            pyuk_strbuf_add_ascii(b, ",", 1);
        pyuk_strbuf_add_ascii(b, ")", 1);
        return;
    }
    default:
        break;
    }
    pyuk_strbuf_add_ascii(b, "<", 1);
    if (t->module) {
        pyuk_strbuf_add_cstr(b, t->module);
        pyuk_strbuf_add_ascii(b, ".", 1);
    }
    pyuk_strbuf_add_cstr(b, t->name);
    pyuk_strbuf_add_cstr(b, " object>");
}

static void add_repr(pyuk_strbuf *b, pyuk_word w, pyuk_int kind)
{
    if (pyuk_strbuf_add_word_repr)
        pyuk_strbuf_add_word_repr(b, w, kind);
    else
        small_repr(b, w, kind);
}

static void add_str(pyuk_strbuf *b, pyuk_word w, pyuk_int kind)
{
    if (pyuk_strbuf_add_word_str) {
        pyuk_strbuf_add_word_str(b, w, kind);
        return;
    }
    pyuk_object *o = (pyuk_object *)w;
    if (kind == PYUK_KIND_OBJ && o && o->type->family == PYUK_T_STR) {
        pyuk_strbuf_add_str(b, (pyuk_str *)o);
    } else if (kind == PYUK_KIND_OBJ && o && o->type->special && o->type->special->str) {
        pyuk_str *s = o->type->special->str(o);
        if (s)
            pyuk_strbuf_add_str(b, s);
        else
            b->failed = true;
    } else {
        small_repr(b, w, kind);
    }
}

static void add_arg(pyuk_strbuf *b, pyuk_object *exc, pyuk_int i, bool repr)
{
    pyuk_tuple *args = args_of(exc);
    pyuk_int kind = pyuk_tuple_item_kind(args->ob.type, i);
    if (repr)
        add_repr(b, args->items[i], kind);
    else
        add_str(b, args->items[i], kind);
}

static void add_args_repr(pyuk_strbuf *b, pyuk_object *exc)
{
    if (nargs(exc) == 0)
        pyuk_strbuf_add_ascii(b, "()", 2);
    else
        add_repr(b, (pyuk_word)args_of(exc), PYUK_KIND_OBJ);
}

static void add_exception_str(pyuk_strbuf *b, pyuk_object *exc)
{
    pyuk_int n = nargs(exc);
    if (n == 1)
        add_arg(b, exc, 0, false);
    else if (n > 1)
        add_args_repr(b, exc);
}

pyuk_str *pyuk_exception_str(pyuk_object *exc)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    add_exception_str(&b, exc);
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_exception_repr(pyuk_object *exc)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, exc->type->name);
    if (nargs(exc) == 1) {
        pyuk_strbuf_add_ascii(&b, "(", 1);
        add_arg(&b, exc, 0, true);
        pyuk_strbuf_add_ascii(&b, ")", 1);
    } else {
        add_args_repr(&b, exc);
    }
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_key_error_str(pyuk_object *exc)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    if (nargs(exc) == 1)
        add_arg(&b, exc, 0, true);
    else
        add_exception_str(&b, exc);
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_os_error_str(pyuk_object *exc)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    if (nargs(exc) == 2) {
        pyuk_strbuf_add_ascii(&b, "[Errno ", 7);
        add_arg(&b, exc, 0, false);
        pyuk_strbuf_add_ascii(&b, "] ", 2);
        add_arg(&b, exc, 1, false);
    } else {
        add_exception_str(&b, exc);
    }
    return pyuk_strbuf_finish(&b);
}

pyuk_object *pyuk_system_exit_code(pyuk_exception *exc)
{
    pyuk_int n = nargs(&exc->ob);
    if (n == 0)
        return NULL;
    if (n == 1)
        return (pyuk_object *)args_of(&exc->ob)->items[0];
    return exc->args;
}
