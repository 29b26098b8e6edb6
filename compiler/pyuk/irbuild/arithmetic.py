"""Arithmetic on int, float and bool with CPython's semantics.

Mixed int/float arithmetic converts the int exactly as CPython does; int
results that leave 64 bits raise OverflowError (in the back end).  For
``int ** int`` typeshed gives ``Any`` unless the exponent is a literal: pyuk
types it as int, and a negative exponent raises ValueError at run time
(CPython would return a float).
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_NAMED, ARG_POS, CallExpr, Context, Expression, OpExpr, UnaryExpr

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported, expression_handler
from pyuk.irbuild.calls import builtin
from pyuk.irbuild.coerce import coerce, is_number_union
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.types import is_any

_INT_OPS = {
    "+": "int.add",
    "-": "int.sub",
    "*": "int.mul",
    "//": "int.floordiv",
    "%": "int.mod",
    "**": "int.pow",
    "<<": "int.lshift",
    ">>": "int.rshift",
    "&": "int.and",
    "|": "int.or",
    "^": "int.xor",
    "/": "int.truediv",
}
_FLOAT_OPS = {
    "+": "float.add",
    "-": "float.sub",
    "*": "float.mul",
    "/": "float.truediv",
    "//": "float.floordiv",
    "%": "float.mod",
    "**": "float.pow",
}
_BOOL_OPS = {"&": "bool.and", "|": "bool.or", "^": "bool.ne"}

# Operators on other types (list + list, set | set...): a hook returns the
# value and its type, or None when the operands are not its business.
BINARY_HOOKS: list[
    Callable[[IRBuilder, str, Operand, RType, Operand, RType, RType | None, Context],
             tuple[Operand, RType] | None]
] = []


def binary_numeric(
    builder: IRBuilder,
    op: str,
    left: Operand,
    left_type: RType,
    right: Operand,
    right_type: RType,
    result_type: RType | None,
    node: Context,
) -> tuple[Operand, RType]:
    """Lowers ``left op right`` on numbers; returns the value and its type.

    ``result_type`` is mypy's type for the result, None when mypy says Any."""
    numeric = (INT, FLOAT, BOOL)
    if result_type == FLOAT and op in _FLOAT_OPS:
        # float | int operands (sum() of floats) where the result is a float
        # either way: converting the int first is what CPython does
        if is_number_union(left_type) and "None" not in left_type.name:
            left, left_type = coerce(builder, left, left_type, FLOAT, node, binding=False), FLOAT
        if is_number_union(right_type) and "None" not in right_type.name:
            right, right_type = (coerce(builder, right, right_type, FLOAT, node, binding=False),
                                 FLOAT)
    if left_type not in numeric or right_type not in numeric:
        for hook in BINARY_HOOKS:
            handled = hook(builder, op, left, left_type, right, right_type, result_type, node)
            if handled is not None:
                return handled
        raise Unsupported(node, f'operator "{op}" on "{left_type}" and "{right_type}"'
                          " is not supported by pyuk yet")
    if left_type == BOOL and right_type == BOOL and op in _BOOL_OPS:
        return builder.emit(_BOOL_OPS[op], [left, right], node), BOOL
    if FLOAT in (left_type, right_type) or (result_type == FLOAT and op == "**"):
        if op not in _FLOAT_OPS:
            raise Unsupported(node, f'operator "{op}" on float is not supported')
        lhs = coerce(builder, left, left_type, FLOAT, node, binding=False)
        rhs = coerce(builder, right, right_type, FLOAT, node, binding=False)
        return builder.emit(_FLOAT_OPS[op], [lhs, rhs], node), FLOAT
    lhs = coerce(builder, left, left_type, INT, node, binding=False)
    rhs = coerce(builder, right, right_type, INT, node, binding=False)
    opcode = _INT_OPS[op]
    return builder.emit(opcode, [lhs, rhs], node), FLOAT if op == "/" else INT


@expression_handler(OpExpr)
def lower_op(builder: IRBuilder, expr: OpExpr) -> Operand:
    if expr.op in ("and", "or"):
        from pyuk.irbuild.logic import lower_bool_op

        return lower_bool_op(builder, expr)
    left = builder.expr(expr.left)
    right = builder.expr(expr.right)
    result_mypy_type = builder.type_of(expr)
    result_type = None if is_any(result_mypy_type) else builder.rtype(result_mypy_type, expr)
    value, _ = binary_numeric(
        builder,
        expr.op,
        left,
        builder.rtype_of(expr.left),
        right,
        builder.rtype_of(expr.right),
        result_type,
        expr,
    )
    return value


def _pow_args(call: CallExpr) -> list[Expression]:
    """pow(base, exp[, mod]), positionally or by keyword (as CPython 3.8+)."""
    names = ("base", "exp", "mod")
    args: dict[str, Expression] = {}
    for i, (arg, kind, name) in enumerate(zip(call.args, call.arg_kinds, call.arg_names,
                                              strict=True)):
        if kind == ARG_POS and i < 3 and names[i] not in args:
            args[names[i]] = arg
        elif kind == ARG_NAMED and name in names and name not in args:
            args[name] = arg
        else:
            raise Unsupported(call, "pow() with these arguments is not supported by pyuk")
    if "base" not in args or "exp" not in args:
        raise Unsupported(call, "pow() with these arguments is not supported by pyuk")
    mod = args.get("mod")
    if mod is not None and is_none_literal(mod):
        mod = None
    return [args["base"], args["exp"]] + ([mod] if mod is not None else [])


@builtin("builtins.pow")
def lower_pow(builder: IRBuilder, call: CallExpr) -> Operand:
    """pow(x, y) is x ** y (typed by pyuk's mypy plugin like the operator);
    pow(x, y, m) on ints is modular exponentiation (core/int_ops.c)."""
    args = _pow_args(call)
    if len(args) == 3:
        words: list[Operand] = []
        for arg in args:
            rtype = builder.rtype_of(arg)
            if rtype not in (INT, BOOL):
                raise Unsupported(arg, "pow() with a modulus takes ints in pyuk")
            words.append(coerce(builder, builder.expr(arg), rtype, INT, arg, binding=False))
        result = builder.call_runtime("pyuk_op_int_pow_mod", words, call)
        assert result is not None
        return result
    result_mypy_type = builder.type_of(call)
    result_type = None if is_any(result_mypy_type) else builder.rtype(result_mypy_type, call)
    base, exp = args
    value, _ = binary_numeric(builder, "**", builder.expr(base), builder.rtype_of(base),
                              builder.expr(exp), builder.rtype_of(exp), result_type, call)
    return value


@expression_handler(UnaryExpr)
def lower_unary(builder: IRBuilder, expr: UnaryExpr) -> Operand:
    if expr.op == "not":
        from pyuk.irbuild.logic import lower_condition

        return builder.emit("bool.not", [lower_condition(builder, expr.expr)], expr)
    operand_type = builder.rtype_of(expr.expr)
    if expr.op == "-":
        from mypy.nodes import IntExpr

        if isinstance(expr.expr, IntExpr) and expr.expr.value == 2**63:
            return Const(-(2**63), INT)
    value = builder.expr(expr.expr)
    if operand_type == BOOL:
        value = coerce(builder, value, BOOL, INT, expr, binding=False)
        operand_type = INT
    if operand_type == INT:
        if expr.op == "-":
            return builder.emit("int.neg", [value], expr)
        if expr.op == "~":
            return builder.emit("int.invert", [value], expr)
        return value
    if operand_type == FLOAT:
        if expr.op == "-":
            return builder.emit("float.neg", [value], expr)
        if expr.op == "+":
            return value
    raise Unsupported(expr, f'unary "{expr.op}" on "{operand_type}" is not supported by pyuk yet')
