"""``round()``, ``divmod()``, ``int.bit_length()`` and ``float.is_integer()``.

They take the ops of ``//`` and ``%`` or the runtime's exact rounding
(numfmt's float_round.c, wrapped by core/float_ops.c), so they print what
CPython prints; where CPython would return an int beyond 64 bits
(``round(1e20)``), pyuk raises OverflowError as everywhere else.
"""

from __future__ import annotations

from mypy.nodes import ARG_NAMED, ARG_POS, CallExpr, Expression

from pyuk.ir.nodes import Const, Instr, Operand
from pyuk.ir.runtime_api import ZERO_DIVISION_CODES
from pyuk.ir.types import BOOL, FLOAT, INT, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.calls import builtin, method
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import new_tuple, pack, tuple_symbol_for
from pyuk.irbuild.expressions import is_none_literal


def number_operand(builder: IRBuilder, expr: Expression, what: str) -> tuple[Operand, RType]:
    """An int or float operand (a bool counts as an int, as in CPython)."""
    value, rtype = builder.expr(expr), builder.rtype_of(expr)
    if rtype == BOOL:
        return coerce(builder, value, BOOL, INT, expr, binding=False), INT
    if rtype not in (INT, FLOAT):
        raise Unsupported(expr, f'{what} of "{rtype}" is not supported by pyuk yet')
    return value, rtype



def _round_args(call: CallExpr) -> tuple[Expression, Expression | None]:
    """round(number[, ndigits]): ndigits may be given by keyword or as None."""
    number: Expression | None = None
    ndigits: Expression | None = None
    for arg, kind, name in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if kind == ARG_POS and number is None:
            number = arg
        elif (kind == ARG_POS and ndigits is None) or (kind == ARG_NAMED and name == "ndigits"):
            ndigits = arg
        elif kind == ARG_NAMED and name == "number" and number is None:
            number = arg
        else:
            raise Unsupported(call, "round() with these arguments is not supported by pyuk yet")
    if number is None:
        raise Unsupported(call, "round() with these arguments is not supported by pyuk yet")
    if ndigits is not None and is_none_literal(ndigits):
        ndigits = None
    return number, ndigits


@builtin("builtins.round")
def lower_round(builder: IRBuilder, call: CallExpr) -> Operand:
    number, ndigits_expr = _round_args(call)
    value, rtype = number_operand(builder, number, "round()")
    if ndigits_expr is None:
        if rtype == INT:
            return value
        result = builder.call_runtime("pyuk_op_float_round_to_int", [value], call)
    else:
        ndigits, ntype = number_operand(builder, ndigits_expr, "round()'s ndigits")
        if ntype != INT:
            raise Unsupported(ndigits_expr, "round()'s ndigits must be an int")
        name = "pyuk_op_int_round" if rtype == INT else "pyuk_op_float_round"
        result = builder.call_runtime(name, [value, ndigits], call)
    assert result is not None
    return result


@builtin("builtins.divmod")
def lower_divmod(builder: IRBuilder, call: CallExpr) -> Operand:
    if len(call.args) != 2 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "divmod() takes two positional arguments")
    a, atype = number_operand(builder, call.args[0], "divmod()")
    b, btype = number_operand(builder, call.args[1], "divmod()")
    if atype == INT and btype == INT:
        # floor division first: its zero message is divmod's
        quotient = builder.emit("int.floordiv", [a, b], call)
        remainder = builder.emit("int.mod", [a, b], call)
    else:
        if atype == INT:
            a = builder.emit("int.to_float", [a], call)
        if btype == INT:
            b = builder.emit("int.to_float", [b], call)
        is_zero = builder.emit("float.eq", [b, Const(0.0, FLOAT)], call)
        bad, good = builder.new_block(), builder.new_block()
        builder.branch(is_zero, bad, good)
        builder.activate(bad)
        builder.call_runtime("pyuk_raise_zero_division",
                             [Const(ZERO_DIVISION_CODES["divmod.float"], INT)], call)
        builder.add(Instr("unreachable"))
        builder.activate(good)
        quotient = builder.emit("float.floordiv", [a, b], call)
        remainder = builder.emit("float.mod", [a, b], call)
    t = builder.type_of(call)
    words = [pack(builder, quotient, call), pack(builder, remainder, call)]
    return new_tuple(builder, tuple_symbol_for(builder, t, call), words,
                     builder.rtype(t, call), call)


@method("builtins.int.bit_length")
def _int_bit_length(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    if call.args:
        raise Unsupported(call, "int.bit_length() takes no arguments")
    value, _ = number_operand(builder, recv, "bit_length()")
    result = builder.call_runtime("pyuk_int_bit_length", [value], call)
    assert result is not None
    return result


@method("builtins.float.is_integer")
def _float_is_integer(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    if call.args:
        raise Unsupported(call, "float.is_integer() takes no arguments")
    value, rtype = number_operand(builder, recv, "is_integer()")
    if rtype != FLOAT:
        raise Unsupported(call, "is_integer() of an int is not supported by pyuk yet")
    result = builder.call_runtime("pyuk_float_is_integer", [value], call)
    assert result is not None
    return result

