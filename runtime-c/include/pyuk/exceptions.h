/*
 * Raising and reporting exceptions from C.  Compiled code raises through
 * the same functions; see runtime.h for the pending-exception convention.
 */
#ifndef PYUK_EXCEPTIONS_H
#define PYUK_EXCEPTIONS_H

#include <pyuk/runtime.h>

/* Makes `exc` the pending exception. */
void pyuk_raise(pyuk_exception *exc);

/* Creates an exception of `type` whose single argument is the str `message`
 * (NUL-terminated UTF-8) and raises it. */
void pyuk_raise_message(const pyuk_type *type, const char *message);

/* Same, with no argument: `raise ValueError()` . */
void pyuk_raise_empty(const pyuk_type *type);

/* isinstance(obj, type) for class types: walks the base chain. */
bool pyuk_is_subtype(const pyuk_type *type, const pyuk_type *base);

/* Prints the pending exception as CPython does when it is uncaught (or
 * handles SystemExit) and returns the exit status it calls for. */
int pyuk_report_uncaught(void);

/* Raise helpers called by compiled code. */
void pyuk_raise_overflow(void);
void pyuk_raise_zero_division(pyuk_int which);
void pyuk_raise_negative_shift(void);
void pyuk_raise_recursion(void);
void pyuk_raise_name_error(struct pyuk_str *name);
void pyuk_raise_range_step_zero(void);

/* Lowest address the stack may grow to before RecursionError. */
extern uintptr_t pyuk_stack_limit;

#endif
