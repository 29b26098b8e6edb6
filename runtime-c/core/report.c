/*
 * What happens to an exception nobody caught: SystemExit ends the program
 * with its code; anything else prints CPython's report and exits 1.
 */
#include <pyuk/exceptions.h>
#include <pyuk/output.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

void pyuk_traceback_print(pyuk_exception *exc);

static pyuk_tuple *args_of(pyuk_exception *exc)
{
    return (pyuk_tuple *)exc->args;
}

/* str(exc) for what the runtime can render: no argument or one str. */
static void write_message(pyuk_int stream, pyuk_exception *exc, bool with_colon)
{
    pyuk_tuple *args = args_of(exc);
    if (!args || args->length == 0)
        return;
    pyuk_object *first = (pyuk_object *)args->items[0];
    if (args->length == 1 && first && first->type == &pyuk_type_str) {
        pyuk_str *text = (pyuk_str *)first;
        if (text->size == 0)
            return;
        if (with_colon)
            pyuk_write_cstr(stream, ": ");
        pyuk_out_str(stream, text);
        return;
    }
    if (with_colon)
        pyuk_write_cstr(stream, ": ");
    pyuk_write_cstr(stream, "<exception arguments pyuk cannot print yet>");
}

static int system_exit_status(pyuk_exception *exc)
{
    pyuk_tuple *args = args_of(exc);
    if (!args || args->length == 0)
        return 0;
    pyuk_object *code = (pyuk_object *)args->items[0];
    if (!code)
        return 0;
    if (code->type == &pyuk_type_int || code->type == &pyuk_type_bool)
        return (int)(((pyuk_box_int *)code)->value & 0xff);
    write_message(PYUK_STDERR, exc, false);
    pyuk_write_cstr(PYUK_STDERR, "\n");
    return 1;
}

int pyuk_report_uncaught(void)
{
    pyuk_exception *exc = (pyuk_exception *)pyuk_current_exception;
    pyuk_current_exception = NULL;
    if (pyuk_is_subtype(exc->ob.type, &pyuk_type_SystemExit))
        return system_exit_status(exc);
    pyuk_flush(PYUK_STDOUT);
    pyuk_traceback_print(exc);
    const pyuk_type *type = exc->ob.type;
    if (type->module) {
        pyuk_write_cstr(PYUK_STDERR, type->module);
        pyuk_write_cstr(PYUK_STDERR, ".");
    }
    pyuk_write_cstr(PYUK_STDERR, type->name);
    write_message(PYUK_STDERR, exc, true);
    pyuk_write_cstr(PYUK_STDERR, "\n");
    return 1;
}
