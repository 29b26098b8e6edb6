/*
 * What happens to an exception nobody caught: SystemExit ends the program
 * with its code; anything else prints CPython's report and exits 1.
 *
 * The report follows CPython 3.11's print_exception_recursive: the cause
 * (`raise ... from`) or else the context (raised while handling) is printed
 * first, each with its own traceback, joined by CPython's sentences.
 */
#include <pyuk/exceptions.h>
#include <pyuk/output.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

void pyuk_traceback_print(pyuk_exception *exc);

/* CPython keeps its `seen` set for the whole report; chains longer than
 * this are cut (CPython would print them all). */
#define MAX_CHAIN 64

typedef struct seen_set {
    pyuk_exception *items[MAX_CHAIN];
    int count;
} seen_set;

static bool seen_has(const seen_set *seen, pyuk_exception *exc)
{
    for (int i = 0; i < seen->count; i++)
        if (seen->items[i] == exc)
            return true;
    return false;
}

/* str(exc) through its type's hook (user classes may define __str__). */
static pyuk_str *exception_text(pyuk_exception *exc)
{
    const pyuk_special_methods *special = exc->ob.type->special;
    if (special && special->str)
        return special->str(&exc->ob);
    return pyuk_exception_str(&exc->ob);
}

static bool same_text(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* "module.Name: message", module omitted for builtins and __main__. */
static void print_exception_line(pyuk_exception *exc)
{
    const pyuk_type *type = exc->ob.type;
    const char *module = type->module;
    if (module && !same_text(module, "__main__") && !same_text(module, "builtins")) {
        pyuk_write_cstr(PYUK_STDERR, module);
        pyuk_write_cstr(PYUK_STDERR, ".");
    }
    pyuk_write_cstr(PYUK_STDERR, type->name);
    pyuk_str *text = exception_text(exc);
    if (!text) {
        pyuk_current_exception = NULL;
        pyuk_write_cstr(PYUK_STDERR, ": <exception str() failed>\n");
        return;
    }
    if (text->size) {
        pyuk_write_cstr(PYUK_STDERR, ": ");
        pyuk_out_str(PYUK_STDERR, text);
    }
    pyuk_write_cstr(PYUK_STDERR, "\n");
}

static void print_recursive(pyuk_exception *exc, seen_set *seen)
{
    if (seen->count == MAX_CHAIN)
        return;
    seen->items[seen->count++] = exc;
    pyuk_exception *cause = exc->cause;
    pyuk_exception *context = exc->context;
    if (cause) {
        if (!seen_has(seen, cause)) {
            print_recursive(cause, seen);
            pyuk_write_cstr(PYUK_STDERR, "\nThe above exception was the direct cause "
                                         "of the following exception:\n\n");
        }
    } else if (context && !exc->suppress_context) {
        if (!seen_has(seen, context)) {
            print_recursive(context, seen);
            pyuk_write_cstr(PYUK_STDERR, "\nDuring handling of the above exception, "
                                         "another exception occurred:\n\n");
        }
    }
    pyuk_traceback_print(exc);
    print_exception_line(exc);
}

static bool is_int(pyuk_object *obj)
{
    return obj && (obj->type == &pyuk_type_int || obj->type == &pyuk_type_bool);
}

/* CPython's handle_system_exit: None is 0, an int is the status, anything
 * else is printed to stderr and the status is 1. */
static int system_exit_status(pyuk_exception *exc)
{
    pyuk_object *code = pyuk_system_exit_code(exc);
    if (!code)
        return 0;
    if (is_int(code))
        return (int)(((pyuk_box_int *)code)->value & 0xff);
    pyuk_str *text;
    if (code->type == &pyuk_type_str) {
        text = (pyuk_str *)code;
    } else {
        const pyuk_special_methods *special = code->type->special;
        text = special && special->str ? special->str(code) : NULL;
        pyuk_current_exception = NULL;
    }
    pyuk_flush(PYUK_STDOUT);
    if (text)
        pyuk_out_str(PYUK_STDERR, text);
    pyuk_write_cstr(PYUK_STDERR, "\n");
    return 1;
}

int pyuk_report_uncaught(void)
{
    pyuk_exception *exc = (pyuk_exception *)pyuk_current_exception;
    pyuk_current_exception = NULL;
    pyuk_handled_exception = NULL;
    if (pyuk_is_subtype(exc->ob.type, &pyuk_type_SystemExit))
        return system_exit_status(exc);
    pyuk_flush(PYUK_STDOUT);
    seen_set seen;
    seen.count = 0;
    print_recursive(exc, &seen);
    return 1;
}
