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
 * Arguments are rendered by the generic repr/str of object.h.
 */
#include <pyuk/exceptions.h>
#include <pyuk/object.h>
#include <pyuk/strbuf.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

static pyuk_tuple *args_of(pyuk_object *exc)
{
    return (pyuk_tuple *)((pyuk_exception *)exc)->args;
}

static pyuk_int nargs(pyuk_object *exc)
{
    pyuk_tuple *args = args_of(exc);
    return args ? args->length : 0;
}

static void add_arg(pyuk_strbuf *b, pyuk_object *exc, pyuk_int i, bool repr)
{
    pyuk_tuple *args = args_of(exc);
    pyuk_int kind = pyuk_tuple_item_kind(args->ob.type, i);
    if (repr)
        pyuk_strbuf_add_word_repr(b, args->items[i], kind);
    else
        pyuk_strbuf_add_word_str(b, args->items[i], kind);
}

static void add_args_repr(pyuk_strbuf *b, pyuk_object *exc)
{
    if (nargs(exc) == 0)
        pyuk_strbuf_add_ascii(b, "()", 2);
    else
        pyuk_strbuf_add_word_repr(b, (pyuk_word)args_of(exc), PYUK_KIND_OBJ);
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
