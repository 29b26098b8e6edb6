/*
 * Functions as values: closures and cells (compiler/pyuk/irbuild/closures.py,
 * compiler/pyuk/codegen/closures.py).
 *
 * A function value is a pointer to a closure object:
 *
 *     struct { pyuk_object ob; void *code; pyuk_word slots[]; }
 *
 * `code` is a compiled function whose first parameter is the closure
 * itself; the others are the function's own parameters, unboxed (int as
 * i64, float as double, bool as i1), so a call through a Callable costs an
 * indirect call and nothing else.  The slots hold what the function
 * captured: values of variables that are never rebound, cells of the
 * others, and default values evaluated when the `def` ran.  The compiler
 * emits one pyuk_type per nested function (size and ptrmap of its slots,
 * traced by pyuk_trace_fixed); functions that capture nothing are static
 * closures of type pyuk_type_function, in read-only data.
 *
 * A cell holds one variable shared by a function and the closures that
 * capture it (`nonlocal`, or a variable rebound after the closure exists):
 *
 *     struct { pyuk_object ob; pyuk_word value; }
 *
 * of type pyuk_type_cell_ref when the variable is a reference (traced) and
 * pyuk_type_cell_raw when it is an int, float or bool.
 */
#ifndef PYUK_FUNCTION_H
#define PYUK_FUNCTION_H

#include <pyuk/runtime.h>

typedef struct pyuk_closure {
    pyuk_object ob;
    void *code;
    pyuk_word slots[];
} pyuk_closure;

typedef struct pyuk_cell {
    pyuk_object ob;
    pyuk_word value;
} pyuk_cell;

extern const pyuk_type pyuk_type_function, pyuk_type_cell_raw, pyuk_type_cell_ref;

#endif
