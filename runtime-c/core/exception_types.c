/*
 * The builtin exception hierarchy, as CPython defines it (the part pyuk
 * programs can meet).  isinstance walks `base`, so no numbering is needed.
 * Keep in step with PYUK_BUILTIN_EXCEPTIONS (runtime.h) and
 * compiler/pyuk/irbuild/exception_classes.py.
 */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>

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
OS_ERROR_TYPE(ConnectionError, &pyuk_type_OSError)
OS_ERROR_TYPE(BrokenPipeError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(ConnectionAbortedError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(ConnectionRefusedError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(ConnectionResetError, &pyuk_type_ConnectionError)
OS_ERROR_TYPE(FileExistsError, &pyuk_type_OSError)
OS_ERROR_TYPE(FileNotFoundError, &pyuk_type_OSError)
OS_ERROR_TYPE(InterruptedError, &pyuk_type_OSError)
OS_ERROR_TYPE(PermissionError, &pyuk_type_OSError)
OS_ERROR_TYPE(TimeoutError, &pyuk_type_OSError)
EXCEPTION_TYPE(RuntimeError, &pyuk_type_Exception)
EXCEPTION_TYPE(NotImplementedError, &pyuk_type_RuntimeError)
EXCEPTION_TYPE(RecursionError, &pyuk_type_RuntimeError)
EXCEPTION_TYPE(StopAsyncIteration, &pyuk_type_Exception)
EXCEPTION_TYPE(StopIteration, &pyuk_type_Exception)
EXCEPTION_TYPE(TypeError, &pyuk_type_Exception)
EXCEPTION_TYPE(ValueError, &pyuk_type_Exception)
EXCEPTION_TYPE(UnicodeError, &pyuk_type_ValueError)
EXCEPTION_TYPE(UnicodeDecodeError, &pyuk_type_UnicodeError)
EXCEPTION_TYPE(UnicodeEncodeError, &pyuk_type_UnicodeError)
EXCEPTION_TYPE(UnicodeTranslateError, &pyuk_type_UnicodeError)
