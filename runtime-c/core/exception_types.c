/*
 * The builtin exception hierarchy, as CPython defines it (the part pyuk
 * programs can meet).  isinstance walks `base`, so no numbering is needed.
 */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>

/* words after the header that hold references: args, cause, context,
 * traceback (see struct pyuk_exception) */
static const uint64_t exception_refs[1] = { 0x17 };

#define EXCEPTION_TYPE(NAME, BASE)                                    \
    const pyuk_type pyuk_type_##NAME = {                              \
        .name = #NAME,                                                \
        .family = PYUK_T_INSTANCE,                                    \
        .flags = PYUK_TYPE_EXCEPTION,                                 \
        .base = BASE,                                                 \
        .size = sizeof(pyuk_exception),                               \
        .trace = pyuk_trace_fixed,                                    \
        .ptrmap = exception_refs,                                     \
    };

EXCEPTION_TYPE(BaseException, NULL)
EXCEPTION_TYPE(SystemExit, &pyuk_type_BaseException)
EXCEPTION_TYPE(Exception, &pyuk_type_BaseException)
EXCEPTION_TYPE(ArithmeticError, &pyuk_type_Exception)
EXCEPTION_TYPE(OverflowError, &pyuk_type_ArithmeticError)
EXCEPTION_TYPE(ZeroDivisionError, &pyuk_type_ArithmeticError)
EXCEPTION_TYPE(LookupError, &pyuk_type_Exception)
EXCEPTION_TYPE(IndexError, &pyuk_type_LookupError)
EXCEPTION_TYPE(KeyError, &pyuk_type_LookupError)
EXCEPTION_TYPE(ValueError, &pyuk_type_Exception)
EXCEPTION_TYPE(UnicodeError, &pyuk_type_ValueError)
EXCEPTION_TYPE(UnicodeDecodeError, &pyuk_type_UnicodeError)
EXCEPTION_TYPE(UnicodeEncodeError, &pyuk_type_UnicodeError)
EXCEPTION_TYPE(TypeError, &pyuk_type_Exception)
EXCEPTION_TYPE(RuntimeError, &pyuk_type_Exception)
EXCEPTION_TYPE(RecursionError, &pyuk_type_RuntimeError)
EXCEPTION_TYPE(NotImplementedError, &pyuk_type_RuntimeError)
EXCEPTION_TYPE(NameError, &pyuk_type_Exception)
EXCEPTION_TYPE(AttributeError, &pyuk_type_Exception)
EXCEPTION_TYPE(AssertionError, &pyuk_type_Exception)
EXCEPTION_TYPE(StopIteration, &pyuk_type_Exception)
EXCEPTION_TYPE(MemoryError, &pyuk_type_Exception)
