"""The ``math`` module: constants, and functions lowered to float ops or to
the runtime's wrappers of libm (runtime-c/core/math_module.c), which raise
CPython's errors.  Read as ``math.sqrt(x)`` or after ``from math import
sqrt``; an int argument of a float function is converted as CPython does.

Not provided (refused as "not supported by pyuk yet"): the functions whose
results depend on which libm computes them beyond what a test can pin
(``cbrt``, ``hypot``, ``erf``, ``gamma``...), and ``fsum``/``prod``.
"""

from __future__ import annotations

import math

from mypy.nodes import ARG_NAMED, ARG_POS, CallExpr, Expression, RefExpr

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, RType
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.constant_names import register_constants
from pyuk.irbuild.numeric_builtins import number_operand

CONSTANTS = {"math.pi": math.pi, "math.e": math.e, "math.tau": math.tau,
             "math.inf": math.inf, "math.nan": math.nan}

# one float argument -> float, through the runtime (libm and CPython's errors)
FLOAT_FUNCTIONS = {
    name: f"pyuk_math_{name}"
    for name in ("sqrt", "exp", "exp2", "expm1", "log2", "log10", "log1p", "sin", "cos",
                 "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
                 "atanh")
}
FLOAT_PAIR_FUNCTIONS = {"atan2": "pyuk_math_atan2", "fmod": "pyuk_math_fmod",
                        "pow": "pyuk_math_pow"}
INT_PAIR_FUNCTIONS = {"gcd": "pyuk_math_gcd", "lcm": "pyuk_math_lcm"}
INT_FUNCTIONS = {"isqrt": "pyuk_math_isqrt", "factorial": "pyuk_math_factorial"}
# CPython's factors (Modules/mathmodule.c: degToRad, radToDeg)
DEGREES_PER_RADIAN = 180.0 / math.pi
RADIANS_PER_DEGREE = math.pi / 180.0


def _positional(call: CallExpr, count: int, name: str) -> list[Expression]:
    if len(call.args) != count or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, f"math.{name}() with these arguments is not supported by pyuk")
    return list(call.args)


def _operand(builder: IRBuilder, expr: Expression, name: str) -> tuple[Operand, RType]:
    return number_operand(builder, expr, f"math.{name}()")


def _as_float(builder: IRBuilder, expr: Expression, name: str) -> Operand:
    value, rtype = _operand(builder, expr, name)
    return builder.emit("int.to_float", [value], expr) if rtype == INT else value


def _as_int(builder: IRBuilder, expr: Expression, name: str) -> Operand:
    value, rtype = _operand(builder, expr, name)
    if rtype != INT:
        raise Unsupported(expr, f"math.{name}() takes ints")
    return value


def _runtime(builder: IRBuilder, function: str, args: list[Operand], call: CallExpr) -> Operand:
    result = builder.call_runtime(function, args, call)
    assert result is not None
    return result


def _short(call: CallExpr) -> str:
    assert isinstance(call.callee, RefExpr)
    return call.callee.fullname.removeprefix("math.")


def _float_function(builder: IRBuilder, call: CallExpr) -> Operand:
    name = _short(call)
    [arg] = _positional(call, 1, name)
    return _runtime(builder, FLOAT_FUNCTIONS[name], [_as_float(builder, arg, name)], call)


def _float_pair_function(builder: IRBuilder, call: CallExpr) -> Operand:
    name = _short(call)
    a, b = _positional(call, 2, name)
    args = [_as_float(builder, a, name), _as_float(builder, b, name)]
    return _runtime(builder, FLOAT_PAIR_FUNCTIONS[name], args, call)


def _int_function(builder: IRBuilder, call: CallExpr) -> Operand:
    name = _short(call)
    [arg] = _positional(call, 1, name)
    return _runtime(builder, INT_FUNCTIONS[name], [_as_int(builder, arg, name)], call)


def _int_fold(builder: IRBuilder, call: CallExpr) -> Operand:
    """gcd(*ints) and lcm(*ints): folded pairwise; gcd() is 0, lcm() is 1."""
    name = _short(call)
    if any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, f"math.{name}() with these arguments is not supported by pyuk")
    values = [_as_int(builder, a, name) for a in call.args]
    if not values:
        return Const(0 if name == "gcd" else 1, INT)
    result = values[0]
    if len(values) == 1:  # gcd(x) is abs(x), lcm(x) too
        return builder.emit("int.abs", [result], call)
    for value in values[1:]:
        result = _runtime(builder, INT_PAIR_FUNCTIONS[name], [result, value], call)
    return result


def _log(builder: IRBuilder, call: CallExpr) -> Operand:
    if not 1 <= len(call.args) <= 2 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "math.log() with these arguments is not supported by pyuk")
    x = _as_float(builder, call.args[0], "log")
    if len(call.args) == 1:
        return _runtime(builder, "pyuk_math_log", [x], call)
    base = _as_float(builder, call.args[1], "log")
    return _runtime(builder, "pyuk_math_log_base", [x, base], call)


def _to_int(builder: IRBuilder, call: CallExpr) -> Operand:
    """floor, ceil, trunc: an int stays itself; a float becomes an int
    (ValueError for NaN, OverflowError for infinities and beyond int64)."""
    name = _short(call)
    [arg] = _positional(call, 1, name)
    value, rtype = _operand(builder, arg, name)
    if rtype == INT:
        return value
    if name == "floor":
        value = _runtime(builder, "pyuk_math_floor", [value], call)
    elif name == "ceil":
        negated = builder.emit("float.neg", [value], call)
        value = builder.emit("float.neg", [_runtime(builder, "pyuk_math_floor", [negated], call)],
                             call)
    return builder.emit("float.to_int", [value], call)


def _float_predicate(builder: IRBuilder, call: CallExpr) -> Operand:
    name = _short(call)
    [arg] = _positional(call, 1, name)
    value, rtype = _operand(builder, arg, name)
    if rtype == INT:
        return Const(name == "isfinite", BOOL)
    is_nan = builder.emit("float.ne", [value, value], call)
    if name == "isnan":
        return is_nan
    finite = builder.emit("float.eq", [builder.emit("float.sub", [value, value], call),
                                       Const(0.0, FLOAT)], call)
    if name == "isfinite":
        return finite
    return builder.emit("bool.not", [builder.emit("bool.or", [finite, is_nan], call)], call)


def _scaled(builder: IRBuilder, call: CallExpr) -> Operand:
    name = _short(call)
    [arg] = _positional(call, 1, name)
    factor = DEGREES_PER_RADIAN if name == "degrees" else RADIANS_PER_DEGREE
    return builder.emit("float.mul", [_as_float(builder, arg, name), Const(factor, FLOAT)], call)


def _fabs(builder: IRBuilder, call: CallExpr) -> Operand:
    [arg] = _positional(call, 1, "fabs")
    return builder.emit("float.abs", [_as_float(builder, arg, "fabs")], call)


def _copysign(builder: IRBuilder, call: CallExpr) -> Operand:
    a, b = _positional(call, 2, "copysign")
    return _runtime(builder, "pyuk_math_copysign",
                    [_as_float(builder, a, "copysign"), _as_float(builder, b, "copysign")], call)


def _isclose(builder: IRBuilder, call: CallExpr) -> Operand:
    a_b = [a for a, k in zip(call.args, call.arg_kinds, strict=True) if k == ARG_POS]
    named = {n: a for a, k, n in zip(call.args, call.arg_kinds, call.arg_names, strict=True)
             if k == ARG_NAMED and n is not None}
    if len(a_b) != 2 or set(named) - {"rel_tol", "abs_tol"}:
        raise Unsupported(call, "math.isclose() with these arguments is not supported by pyuk")
    rel = _as_float(builder, named["rel_tol"], "isclose") if "rel_tol" in named \
        else Const(1e-09, FLOAT)
    abs_tol = _as_float(builder, named["abs_tol"], "isclose") if "abs_tol" in named \
        else Const(0.0, FLOAT)
    args = [_as_float(builder, a_b[0], "isclose"), _as_float(builder, a_b[1], "isclose"),
            rel, abs_tol]
    return _runtime(builder, "pyuk_math_isclose", args, call)


def _register() -> None:
    handlers = {
        **{name: _float_function for name in FLOAT_FUNCTIONS},
        **{name: _float_pair_function for name in FLOAT_PAIR_FUNCTIONS},
        **{name: _int_function for name in INT_FUNCTIONS},
        "gcd": _int_fold, "lcm": _int_fold, "log": _log,
        "floor": _to_int, "ceil": _to_int, "trunc": _to_int,
        "isnan": _float_predicate, "isinf": _float_predicate, "isfinite": _float_predicate,
        "degrees": _scaled, "radians": _scaled, "fabs": _fabs, "copysign": _copysign,
        "isclose": _isclose,
    }
    for name, handler in handlers.items():
        calls.BUILTIN_CALLS[f"math.{name}"] = handler


_register()
register_constants({name: Const(value, FLOAT) for name, value in CONSTANTS.items()})
