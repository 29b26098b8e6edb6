/*
 * Raising: exceptions are ordinary heap objects; raising one only stores it
 * in pyuk_current_exception (see runtime.h) after setting its __context__
 * to the exception being handled, as CPython's _PyErr_SetObject does.
 * MemoryError is preallocated because raising it must not allocate.
 */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

pyuk_object *pyuk_current_exception;
pyuk_object *pyuk_handled_exception;

static pyuk_exception memory_error = { .ob = { &pyuk_type_MemoryError } };

bool pyuk_is_subtype(const pyuk_type *type, const pyuk_type *base)
{
    for (; type; type = type->base)
        if (type == base)
            return true;
    return false;
}

bool pyuk_exception_matches(pyuk_object *exc, const pyuk_type *type)
{
    return exc && pyuk_is_subtype(exc->type, type);
}

/* Implicit chaining: exc.__context__ = the exception being handled, after
 * cutting any path from it back to exc so that no cycle is created (Floyd's
 * walk guards against cycles that already exist). */
static void set_context(pyuk_exception *exc)
{
    pyuk_exception *handled = (pyuk_exception *)pyuk_handled_exception;
    if (!handled || handled == exc)
        return;
    pyuk_exception *o = handled, *slow = handled, *context;
    bool toggle = false;
    while ((context = o->context)) {
        if (context == exc) {
            o->context = NULL;
            break;
        }
        o = context;
        if (o == slow)
            break;
        if (toggle)
            slow = slow->context;
        toggle = !toggle;
    }
    exc->context = handled;
}

void pyuk_raise(pyuk_exception *exc)
{
    set_context(exc);
    pyuk_current_exception = &exc->ob;
}

void pyuk_raise_from(pyuk_exception *exc, pyuk_object *cause)
{
    exc->cause = (pyuk_exception *)cause;
    exc->suppress_context = 1;
    pyuk_raise(exc);
}

pyuk_exception *pyuk_exception_new(const pyuk_type *type, pyuk_int nargs)
{
    pyuk_tuple *args = pyuk_tuple_new(&pyuk_type_tuple_objects, nargs);
    if (!args)
        return NULL;
    pyuk_exception *exc = (pyuk_exception *)pyuk_alloc(type, type->size);
    if (exc)
        exc->args = &args->ob;
    return exc;
}

bool pyuk_exception_init_args(pyuk_exception *exc, pyuk_int nargs)
{
    pyuk_tuple *args = pyuk_tuple_new(&pyuk_type_tuple_objects, nargs);
    if (!args)
        return false;
    exc->args = &args->ob;
    return true;
}

void pyuk_exception_set_arg(pyuk_exception *exc, pyuk_int i, pyuk_object *arg)
{
    ((pyuk_tuple *)exc->args)->items[i] = (pyuk_word)arg;
}

static pyuk_exception *new_exception(const pyuk_type *type, pyuk_object *arg)
{
    pyuk_exception *exc = pyuk_exception_new(type, arg ? 1 : 0);
    if (exc && arg)
        pyuk_exception_set_arg(exc, 0, arg);
    return exc;
}

void pyuk_raise_message(const pyuk_type *type, const char *message)
{
    pyuk_str *text = pyuk_str_from_cstr(message);
    if (!text)
        return;  /* MemoryError is pending instead */
    pyuk_exception *exc = new_exception(type, &text->ob);
    if (exc)
        pyuk_raise(exc);
}

void pyuk_raise_empty(const pyuk_type *type)
{
    pyuk_exception *exc = new_exception(type, NULL);
    if (exc)
        pyuk_raise(exc);
}

void pyuk_raise_memory_error(void)
{
    /* The collector does not trace static objects: the references this one
     * takes (traceback, context) are made roots on first use. */
    static bool rooted;
    if (!rooted) {
        rooted = true;
        pyuk_gc_add_root(&memory_error.traceback);
        pyuk_gc_add_root((pyuk_object **)&memory_error.context);
        pyuk_gc_add_root((pyuk_object **)&memory_error.cause);
    }
    memory_error.traceback = NULL;
    memory_error.traceback_length = 0;
    memory_error.args = NULL;
    memory_error.cause = NULL;
    memory_error.context = NULL;
    memory_error.suppress_context = 0;
    pyuk_raise(&memory_error);
}

void pyuk_raise_no_active(void)
{
    pyuk_raise_message(&pyuk_type_RuntimeError, "No active exception to reraise");
}

void pyuk_raise_overflow(void)
{
    pyuk_raise_message(&pyuk_type_OverflowError,
                       "integer overflow (pyuk's int is 64-bit)");
}

void pyuk_raise_zero_division(pyuk_int which)
{
    static const char *const messages[] = {
        "integer division or modulo by zero",
        "integer modulo by zero",
        "division by zero",
        "float division by zero",
        "float floor division by zero",
        "float modulo",
        "0.0 cannot be raised to a negative power",
        "float divmod()",
    };
    if (which < 0 || which >= (pyuk_int)(sizeof messages / sizeof *messages))
        which = 2;
    pyuk_raise_message(&pyuk_type_ZeroDivisionError, messages[which]);
}

void pyuk_raise_negative_shift(void)
{
    pyuk_raise_message(&pyuk_type_ValueError, "negative shift count");
}

void pyuk_raise_recursion(void)
{
    pyuk_raise_message(&pyuk_type_RecursionError,
                       "maximum recursion depth exceeded");
}

void pyuk_raise_range_step_zero(void)
{
    pyuk_raise_message(&pyuk_type_ValueError, "range() arg 3 must not be zero");
}

void pyuk_raise_name_error(pyuk_str *name)
{
    static const char prefix[] = "name '", suffix[] = "' is not defined";
    pyuk_int size = (pyuk_int)(sizeof prefix - 1) + name->size +
                    (pyuk_int)(sizeof suffix - 1);
    pyuk_str *text = pyuk_str_alloc(name->length + (pyuk_int)(sizeof prefix +
                                    sizeof suffix - 2), size);
    if (!text)
        return;
    char *p = text->data;
    for (const char *q = prefix; *q; q++)
        *p++ = *q;
    for (pyuk_int i = 0; i < name->size; i++)
        *p++ = name->data[i];
    for (const char *q = suffix; *q; q++)
        *p++ = *q;
    pyuk_exception *exc = new_exception(&pyuk_type_NameError, &text->ob);
    if (exc)
        pyuk_raise(exc);
}
