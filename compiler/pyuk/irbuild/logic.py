"""Conditions: comparisons (chained), ``and``/``or``, ``not``, ``x if c else y``."""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ComparisonExpr, ConditionalExpr, Context, Expression, OpExpr
from mypy.types import NoneType, UnionType, get_proper_type

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.runtime_api import COMPARE_CODES
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported, expression_handler
from pyuk.irbuild.coerce import coerce, truth_value

_COMPARE_NAMES = {"<": "lt", "<=": "le", "==": "eq", "!=": "ne", ">": "gt", ">=": "ge"}
# Comparisons of other types (containers, `in`, optional numbers): a hook
# returns the bool, or None when the operands are not its business.
COMPARE_HOOKS: list[
    Callable[[IRBuilder, str, Operand, RType, Operand, RType, Context], Operand | None]
] = []
_MIRRORED = {"lt": "gt", "le": "ge", "eq": "eq", "ne": "ne", "gt": "lt", "ge": "le"}


def lower_condition(builder: IRBuilder, expr: Expression) -> Operand:
    """Evaluates ``expr`` and returns its truth value as a bool."""
    value = builder.expr(expr)
    return truth_value(builder, value, builder.rtype_of(expr), expr)


def compare(
    builder: IRBuilder,
    op: str,
    left: Operand,
    left_type: RType,
    right: Operand,
    right_type: RType,
    node: Context,
) -> Operand:
    """``left op right`` for one comparison operator; returns a bool."""
    for hook in COMPARE_HOOKS:
        handled = hook(builder, op, left, left_type, right, right_type, node)
        if handled is not None:
            return handled
    if op in ("is", "is not"):
        if left_type.is_ref and right_type.is_ref:
            return builder.emit("ref.is" if op == "is" else "ref.is_not", [left, right], node)
        if NONE in (left_type, right_type):
            # a value type is never None
            return Const(op == "is not", BOOL)
        raise Unsupported(node, f'"{op}" on "{left_type}" is not supported by pyuk')
    name = _COMPARE_NAMES.get(op)
    if name is None:
        raise Unsupported(node, f'operator "{op}" is not supported by pyuk yet')
    numeric = (INT, FLOAT, BOOL)
    if left_type in numeric and right_type in numeric:
        if left_type == right_type == BOOL:
            return builder.emit(f"bool.{name}" if name in ("eq", "ne") else f"int.{name}",
                                _bools_for(builder, name, left, right, node), node)
        if FLOAT not in (left_type, right_type):
            lhs = coerce(builder, left, left_type, INT, node, binding=False)
            rhs = coerce(builder, right, right_type, INT, node, binding=False)
            return builder.emit(f"int.{name}", [lhs, rhs], node)
        if left_type == right_type == FLOAT:
            return builder.emit(f"float.{name}", [left, right], node)
        # int against float: CPython compares exactly, not via a rounded float
        if left_type == FLOAT:
            left, right, left_type, right_type = right, left, right_type, left_type
            name = _MIRRORED[name]
        as_int = coerce(builder, left, left_type, INT, node, binding=False)
        result = builder.call_runtime(
            "pyuk_int_float_compare", [as_int, right, Const(COMPARE_CODES[name], INT)], node
        )
        assert result is not None
        return result
    if left_type == right_type == STR and name in ("eq", "ne"):
        if isinstance(left, Const) and isinstance(right, Const):
            return Const((left.value == right.value) == (name == "eq"), BOOL)
        equal = builder.call_runtime("pyuk_str_eq", [left, right], node)
        assert equal is not None
        return equal if name == "eq" else builder.emit("bool.not", [equal], node)
    if NONE in (left_type, right_type) and name in ("eq", "ne"):
        if left_type.is_ref and right_type.is_ref:
            return builder.emit("ref.is" if name == "eq" else "ref.is_not", [left, right], node)
        return Const(name == "ne", BOOL)
    raise Unsupported(
        node, f'comparison "{op}" of "{left_type}" and "{right_type}" is not supported by pyuk yet'
    )


def _bools_for(
    builder: IRBuilder, name: str, left: Operand, right: Operand, node: Context
) -> list[Operand]:
    if name in ("eq", "ne"):
        return [left, right]
    return [
        coerce(builder, left, BOOL, INT, node, binding=False),
        coerce(builder, right, BOOL, INT, node, binding=False),
    ]


@expression_handler(ComparisonExpr)
def lower_comparison(builder: IRBuilder, expr: ComparisonExpr) -> Operand:
    """``a < b < c`` evaluates b once and stops at the first false link."""
    result = builder.temp(BOOL)
    done = builder.new_block()
    left = builder.expr(expr.operands[0])
    left_type = builder.rtype_of(expr.operands[0])
    for i, op in enumerate(expr.operators):
        right_expr = expr.operands[i + 1]
        right = builder.expr(right_expr)
        right_type = builder.rtype_of(right_expr)
        nullable = [v for v, e in ((left, expr.operands[i]), (right, right_expr))
                    if _may_be_none(builder, e)]
        if nullable and op in ("==", "!=") and _typed_refs(left_type, right_type):
            builder.move(result, _none_guarded(builder, op, left, left_type, right, right_type,
                                               nullable, expr))
        else:
            builder.move(result, compare(builder, op, left, left_type, right, right_type, expr))
        if i + 1 < len(expr.operators):
            keep_going = builder.new_block()
            builder.branch(result, keep_going, done)
            builder.activate(keep_going)
        left, left_type = right, right_type
    builder.goto(done)
    builder.activate(done)
    return result


def _may_be_none(builder: IRBuilder, expr: Expression) -> bool:
    """An optional reference (``str | None``): its IR type is the
    reference's, None being the null pointer."""
    t = get_proper_type(builder.type_of(expr))
    return isinstance(t, UnionType) and any(
        isinstance(get_proper_type(item), NoneType) for item in t.items)


def _typed_refs(left_type: RType, right_type: RType) -> bool:
    """References whose == reads the objects (str, bytes, user classes):
    the runtime's generic comparison, and None itself, handle None."""
    from pyuk.irbuild.containers import is_dynamic, is_generic

    return (left_type.is_ref and right_type.is_ref and NONE not in (left_type, right_type)
            and not any(is_generic(t) or is_dynamic(t) for t in (left_type, right_type)))


def _none_guarded(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                  right_type: RType, nullable: list[Operand], node: Context) -> Operand:
    """``a == b`` where ``a`` or ``b`` may be None: the comparison of the
    two objects' types when neither is None, else the generic one (None
    equals None; a user ``__eq__`` of the other operand gets None)."""
    result = builder.temp(BOOL)
    some_none, done = builder.new_block(), builder.new_block()
    for value in nullable:
        is_none = builder.emit("ref.is", [value, Const(None, NONE)], node)
        neither = builder.new_block()
        builder.branch(is_none, some_none, neither)
        builder.activate(neither)
    builder.move(result, compare(builder, op, left, left_type, right, right_type, node))
    builder.goto(done)
    builder.activate(some_none)
    from pyuk.irbuild.containers import instance_eq

    builder.move(result, instance_eq(builder, op, left, left_type, right, right_type, node))
    builder.goto(done)
    builder.activate(done)
    return result


def lower_bool_op(builder: IRBuilder, expr: OpExpr) -> Operand:
    """``x and y`` / ``x or y`` yield one of their operands, like CPython."""
    result_type = builder.rtype_of(expr)
    result = builder.temp(result_type)
    left = builder.expr(expr.left)
    left_type = builder.rtype_of(expr.left)
    builder.move(result, coerce(builder, left, left_type, result_type, expr.left))
    truth = truth_value(builder, left, left_type, expr.left)
    evaluate_right = builder.new_block()
    done = builder.new_block()
    if expr.op == "and":
        builder.branch(truth, evaluate_right, done)
    else:
        builder.branch(truth, done, evaluate_right)
    builder.activate(evaluate_right)
    right = builder.expr(expr.right)
    builder.move(
        result, coerce(builder, right, builder.rtype_of(expr.right), result_type, expr.right)
    )
    builder.goto(done)
    builder.activate(done)
    return result


@expression_handler(ConditionalExpr)
def lower_conditional(builder: IRBuilder, expr: ConditionalExpr) -> Operand:
    result_type = builder.rtype_of(expr)
    result = builder.temp(result_type)
    cond = lower_condition(builder, expr.cond)
    if_true, if_false, done = builder.new_block(), builder.new_block(), builder.new_block()
    builder.branch(cond, if_true, if_false)
    for block, branch in ((if_true, expr.if_expr), (if_false, expr.else_expr)):
        builder.activate(block)
        value = builder.expr(branch)
        builder.move(result, coerce(builder, value, builder.rtype_of(branch), result_type, branch))
        builder.goto(done)
    builder.activate(done)
    return result
