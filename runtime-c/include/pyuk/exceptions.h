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

/* A new instance of the exception class `type` whose args is a tuple of
 * `nargs` items, all None until pyuk_exception_set_arg fills them; NULL
 * (MemoryError pending) if the heap is full.  User exception classes are
 * created through it too (their fields follow struct pyuk_exception). */
pyuk_exception *pyuk_exception_new(const pyuk_type *type, pyuk_int nargs);
void pyuk_exception_set_arg(pyuk_exception *exc, pyuk_int i, pyuk_object *arg);

/* BaseException.__init__(self, *args): a fresh args tuple of `nargs`
 * items (filled by pyuk_exception_set_arg); false (MemoryError pending) if
 * the heap is full. */
bool pyuk_exception_init_args(pyuk_exception *exc, pyuk_int nargs);

/* `raise exc from cause` (cause may be None): sets __cause__ and
 * __suppress_context__, then raises. */
void pyuk_raise_from(pyuk_exception *exc, pyuk_object *cause);

/* isinstance(exc, type) for an except clause. */
bool pyuk_exception_matches(pyuk_object *exc, const pyuk_type *type);

/* Bare `raise` with no exception being handled. */
void pyuk_raise_no_active(void);

/* str(e) and repr(e) as CPython computes them for the builtin classes
 * (KeyError's str is the repr of its key); NULL with MemoryError pending
 * if the heap is full.  They are the `special` hooks of every builtin
 * exception type. */
struct pyuk_str *pyuk_exception_str(pyuk_object *exc);
struct pyuk_str *pyuk_exception_repr(pyuk_object *exc);
extern const pyuk_special_methods pyuk_exception_special;

/* OSError(errno, ...) becomes the subclass for that errno
 * (FileNotFoundError...), as in CPython; called after the args are set. */
void pyuk_os_error_from_errno(pyuk_exception *exc);

/* SystemExit(...).code: None, the single argument, or the args tuple. */
pyuk_object *pyuk_system_exit_code(pyuk_exception *exc);

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
