"""The C runtime functions that compiled code calls, with their signatures.

This table is the compiler's side of runtime-c/core: the IR builder emits
``rtcall`` to these names, the back end declares them from here, and the
verifier checks calls against them.  ``raises`` marks functions that can
leave an exception in ``pyuk_current_exception``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyuk.ir.types import BOOL, FLOAT, INT, OBJECT, STR, VOID, RType


@dataclass(frozen=True)
class RuntimeFunction:
    params: tuple[RType, ...]
    result: RType
    raises: bool = False


def _rt(*params: RType, result: RType = VOID, raises: bool = False) -> RuntimeFunction:
    return RuntimeFunction(params, result, raises)


RUNTIME_FUNCTIONS: dict[str, RuntimeFunction] = {
    # output: stream 1 is stdout, 2 is stderr
    "pyuk_out_int": _rt(INT, INT),
    "pyuk_out_float": _rt(INT, FLOAT),
    "pyuk_out_bool": _rt(INT, BOOL),
    "pyuk_out_str": _rt(INT, STR),
    "pyuk_out_flush": _rt(INT),
    # test batches: several programs in one image
    "pyuk_batch_begin": _rt(STR),
    "pyuk_batch_end": _rt(STR),
    # str
    "pyuk_str_eq": _rt(STR, STR, result=BOOL),
    "pyuk_str_truth": _rt(STR, result=BOOL),
    # boxes (pyuk_bool_to_object returns a static True/False, never raises)
    "pyuk_int_to_object": _rt(INT, result=OBJECT, raises=True),
    "pyuk_float_to_object": _rt(FLOAT, result=OBJECT, raises=True),
    "pyuk_bool_to_object": _rt(BOOL, result=OBJECT),
    "pyuk_number_to_float": _rt(OBJECT, result=FLOAT),
    # numbers
    "pyuk_int_float_compare": _rt(INT, FLOAT, INT, result=BOOL),
    "pyuk_op_int_pow": _rt(INT, INT, result=INT, raises=True),
    "pyuk_op_int_pow_mod": _rt(INT, INT, INT, result=INT, raises=True),  # pow(b, e, m)
    "pyuk_op_int_truediv": _rt(INT, INT, result=FLOAT, raises=True),
    "pyuk_op_float_floordiv": _rt(FLOAT, FLOAT, result=FLOAT, raises=True),
    "pyuk_op_float_mod": _rt(FLOAT, FLOAT, result=FLOAT, raises=True),
    "pyuk_op_float_pow": _rt(FLOAT, FLOAT, result=FLOAT, raises=True),
    "pyuk_op_float_to_int": _rt(FLOAT, result=INT, raises=True),
    "pyuk_op_float_round_to_int": _rt(FLOAT, result=INT, raises=True),  # round(x)
    "pyuk_op_float_round": _rt(FLOAT, INT, result=FLOAT, raises=True),  # round(x, n)
    "pyuk_op_int_round": _rt(INT, INT, result=INT, raises=True),  # round(i, n)
    "pyuk_int_bit_length": _rt(INT, result=INT),
    "pyuk_float_is_integer": _rt(FLOAT, result=BOOL),
    # the math module (core/math_module.c)
    **{f"pyuk_math_{name}": _rt(FLOAT, result=FLOAT, raises=True)
       for name in ("sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin",
                    "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
                    "acosh", "atanh")},
    **{f"pyuk_math_{name}": _rt(FLOAT, FLOAT, result=FLOAT, raises=True)
       for name in ("log_base", "atan2", "fmod", "pow")},
    "pyuk_math_floor": _rt(FLOAT, result=FLOAT),
    "pyuk_math_copysign": _rt(FLOAT, FLOAT, result=FLOAT),
    "pyuk_math_gcd": _rt(INT, INT, result=INT, raises=True),
    "pyuk_math_lcm": _rt(INT, INT, result=INT, raises=True),
    "pyuk_math_isqrt": _rt(INT, result=INT, raises=True),
    "pyuk_math_factorial": _rt(INT, result=INT, raises=True),
    "pyuk_math_isclose": _rt(FLOAT, FLOAT, FLOAT, FLOAT, result=BOOL, raises=True),
    # raising, used by inline expansions in the back end
    "pyuk_raise_overflow": _rt(raises=True),
    "pyuk_raise_zero_division": _rt(INT, raises=True),
    "pyuk_raise_negative_shift": _rt(raises=True),
    "pyuk_raise_recursion": _rt(raises=True),
    "pyuk_raise_name_error": _rt(STR, raises=True),
    "pyuk_raise_range_step_zero": _rt(raises=True),
    "pyuk_raise_no_active": _rt(raises=True),  # bare raise, nothing handled
    "pyuk_system_exit_code": _rt(OBJECT, result=OBJECT),  # SystemExit.code
}

# Codes for pyuk_int_float_compare's third argument.
COMPARE_CODES = {"lt": 0, "le": 1, "eq": 2, "ne": 3, "gt": 4, "ge": 5}

# pyuk_raise_zero_division's argument picks CPython's message for the op.
ZERO_DIVISION_CODES = {
    "int.floordiv": 0,  # integer division or modulo by zero
    "int.mod": 1,  # integer modulo by zero
    "int.truediv": 2,  # division by zero
    "float.truediv": 3,  # float division by zero
    "float.floordiv": 4,  # float floor division by zero
    "float.mod": 5,  # float modulo
    "float.pow": 6,  # 0.0 cannot be raised to a negative power
    "divmod.float": 7,  # float divmod()
}


def _add_container_functions() -> None:
    """The containers' runtime functions (pyuk.ir.container_runtime)."""
    from pyuk.ir.container_runtime import CONTAINER_RUNTIME

    for name, decl in CONTAINER_RUNTIME.items():
        RUNTIME_FUNCTIONS.setdefault(name, decl)


_add_container_functions()


def _add_class_functions() -> None:
    """The runtime functions of compiled classes (pyuk.ir.class_runtime)."""
    from pyuk.ir.class_runtime import CLASS_RUNTIME

    for name, decl in CLASS_RUNTIME.items():
        RUNTIME_FUNCTIONS.setdefault(name, decl)


_add_class_functions()


def _add_system_functions() -> None:
    """time and pyuk.xen (pyuk.ir.system_runtime)."""
    from pyuk.ir.system_runtime import SYSTEM_RUNTIME

    for name, decl in SYSTEM_RUNTIME.items():
        RUNTIME_FUNCTIONS.setdefault(name, decl)


_add_system_functions()


def _add_text_functions() -> None:
    """str, bytes, bytearray and format (pyuk.ir.text_runtime)."""
    from pyuk.ir.text_runtime import TEXT_RUNTIME

    for name, decl in TEXT_RUNTIME.items():
        RUNTIME_FUNCTIONS.setdefault(name, decl)


_add_text_functions()


def _add_deque_functions() -> None:
    """collections.deque (pyuk.ir.deque_runtime)."""
    from pyuk.ir.deque_runtime import DEQUE_RUNTIME

    for name, decl in DEQUE_RUNTIME.items():
        RUNTIME_FUNCTIONS.setdefault(name, decl)


_add_deque_functions()
