/*
 * The builtin exception hierarchy, as CPython defines it (the part pyuk
 * programs can meet).  isinstance walks `base`, so no numbering is needed.
 * Keep in step with PYUK_BUILTIN_EXCEPTIONS (runtime.h) and
 * compiler/pyuk/irbuild/exception_classes.py.
 */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/tuple.h>

/* words after the header that hold references: args, cause, context,
 * traceback (see struct pyuk_exception) */
static const uint64_t exception_refs[1] = { 0x17 };

struct pyuk_str *pyuk_key_error_str(pyuk_object *exc);
struct pyuk_str *pyuk_os_error_str(pyuk_object *exc);

const pyuk_special_methods pyuk_exception_special = {
    .str = pyuk_exception_str,
    .repr = pyuk_exception_repr,
};

static const pyuk_special_methods key_error_special = {
    .str = pyuk_key_error_str,
    .repr = pyuk_exception_repr,
};

static const pyuk_special_methods os_error_special = {
    .str = pyuk_os_error_str,
    .repr = pyuk_exception_repr,
};

#define EXCEPTION_TYPE_WITH(NAME, BASE, SPECIAL)                      \
    const pyuk_type pyuk_type_##NAME = {                              \
        .name = #NAME,                                                \
        .family = PYUK_T_INSTANCE,                                    \
        .flags = PYUK_TYPE_EXCEPTION,                                 \
        .base = BASE,                                                 \
        .size = sizeof(pyuk_exception),                               \
        .trace = pyuk_trace_fixed,                                    \
        .ptrmap = exception_refs,                                     \
        .special = SPECIAL,                                           \
    };
#define EXCEPTION_TYPE(NAME, BASE) \
    EXCEPTION_TYPE_WITH(NAME, BASE, &pyuk_exception_special)
#define OS_ERROR_TYPE(NAME, BASE) \
    EXCEPTION_TYPE_WITH(NAME, BASE, &os_error_special)

EXCEPTION_TYPE(BaseException, NULL)
EXCEPTION_TYPE(SystemExit, &pyuk_type_BaseException)
EXCEPTION_TYPE(KeyboardInterrupt, &pyuk_type_BaseException)
EXCEPTION_TYPE(GeneratorExit, &pyuk_type_BaseException)
EXCEPTION_TYPE(Exception, &pyuk_type_BaseException)
EXCEPTION_TYPE(ArithmeticError, &pyuk_type_Exception)
EXCEPTION_TYPE(FloatingPointError, &pyuk_type_ArithmeticError)
EXCEPTION_TYPE(OverflowError, &pyuk_type_ArithmeticError)
EXCEPTION_TYPE(ZeroDivisionError, &pyuk_type_ArithmeticError)
EXCEPTION_TYPE(AssertionError, &pyuk_type_Exception)
EXCEPTION_TYPE(AttributeError, &pyuk_type_Exception)
EXCEPTION_TYPE(BufferError, &pyuk_type_Exception)
EXCEPTION_TYPE(EOFError, &pyuk_type_Exception)
EXCEPTION_TYPE(ImportError, &pyuk_type_Exception)
EXCEPTION_TYPE(ModuleNotFoundError, &pyuk_type_ImportError)
EXCEPTION_TYPE(LookupError, &pyuk_type_Exception)
EXCEPTION_TYPE(IndexError, &pyuk_type_LookupError)
EXCEPTION_TYPE_WITH(KeyError, &pyuk_type_LookupError, &key_error_special)
EXCEPTION_TYPE(MemoryError, &pyuk_type_Exception)
EXCEPTION_TYPE(NameError, &pyuk_type_Exception)
EXCEPTION_TYPE(UnboundLocalError, &pyuk_type_NameError)
OS_ERROR_TYPE(OSError, &pyuk_type_Exception)
OS_ERROR_TYPE(BlockingIOError, &pyuk_type_OSError)
OS_ERROR_TYPE(ChildProcessError, &pyuk_type_OSError)
OS_ERROR_TYPE(ConnectionError, &pyuk_type_OSError)
OS_ERROR_TYPE(BrokenPipeError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(ConnectionAbortedError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(ConnectionRefusedError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(ConnectionResetError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(FileExistsError, &pyuk_type_OSError)
OS_ERROR_TYPE(FileNotFoundError, &pyuk_type_OSError)
OS_ERROR_TYPE(InterruptedError, &pyuk_type_OSError)
OS_ERROR_TYPE(IsADirectoryError, &pyuk_type_OSError)
OS_ERROR_TYPE(NotADirectoryError, &pyuk_type_OSError)
OS_ERROR_TYPE(PermissionError, &pyuk_type_OSError)
OS_ERROR_TYPE(ProcessLookupError, &pyuk_type_OSError)
OS_ERROR_TYPE(TimeoutError, &pyuk_type_OSError)
EXCEPTION_TYPE(RuntimeError, &pyuk_type_Exception)
EXCEPTION_TYPE(NotImplementedError, &pyuk_type_RuntimeError)
EXCEPTION_TYPE(RecursionError, &pyuk_type_RuntimeError)
EXCEPTION_TYPE(StopAsyncIteration, &pyuk_type_Exception)
EXCEPTION_TYPE(StopIteration, &pyuk_type_Exception)
EXCEPTION_TYPE(SyntaxError, &pyuk_type_Exception)
EXCEPTION_TYPE(IndentationError, &pyuk_type_SyntaxError)
EXCEPTION_TYPE(TabError, &pyuk_type_IndentationError)
EXCEPTION_TYPE(TypeError, &pyuk_type_Exception)
EXCEPTION_TYPE(ValueError, &pyuk_type_Exception)
EXCEPTION_TYPE(UnicodeError, &pyuk_type_ValueError)
EXCEPTION_TYPE(UnicodeDecodeError, &pyuk_type_UnicodeError)
EXCEPTION_TYPE(UnicodeEncodeError, &pyuk_type_UnicodeError)
EXCEPTION_TYPE(UnicodeTranslateError, &pyuk_type_UnicodeError)

/* OSError(errno, strerror, ...) is an instance of the subclass CPython maps
 * the errno to (Linux numbers), as OSError.__new__ does. */
void pyuk_os_error_from_errno(pyuk_exception *exc)
{
    pyuk_tuple *args = (pyuk_tuple *)exc->args;
    if (exc->ob.type != &pyuk_type_OSError || !args || args->length < 2)
        return;
    pyuk_object *code = (pyuk_object *)args->items[0];
    if (!code || code->type != &pyuk_type_int)
        return;
    static const struct { int16_t errno_value; const pyuk_type *type; } map[] = {
        { 1, &pyuk_type_PermissionError },    /* EPERM */
        { 2, &pyuk_type_FileNotFoundError },  /* ENOENT */
        { 3, &pyuk_type_ProcessLookupError }, /* ESRCH */
        { 4, &pyuk_type_InterruptedError },   /* EINTR */
        { 10, &pyuk_type_ChildProcessError }, /* ECHILD */
        { 11, &pyuk_type_BlockingIOError },   /* EAGAIN */
        { 13, &pyuk_type_PermissionError },   /* EACCES */
        { 17, &pyuk_type_FileExistsError },   /* EEXIST */
        { 20, &pyuk_type_NotADirectoryError },/* ENOTDIR */
        { 21, &pyuk_type_IsADirectoryError }, /* EISDIR */
        { 32, &pyuk_type_BrokenPipeError },   /* EPIPE */
        { 103, &pyuk_type_ConnectionAbortedError }, /* ECONNABORTED */
        { 104, &pyuk_type_ConnectionResetError },   /* ECONNRESET */
        { 108, &pyuk_type_BrokenPipeError },  /* ESHUTDOWN */
        { 110, &pyuk_type_TimeoutError },     /* ETIMEDOUT */
        { 111, &pyuk_type_ConnectionRefusedError }, /* ECONNREFUSED */
        { 114, &pyuk_type_BlockingIOError },  /* EALREADY */
        { 115, &pyuk_type_BlockingIOError },  /* EINPROGRESS */
    };
    pyuk_int value = ((pyuk_box_int *)code)->value;
    for (unsigned i = 0; i < sizeof map / sizeof *map; i++)
        if (map[i].errno_value == value)
            exc->ob.type = map[i].type;
}
