"""``type(x).__name__``, ``x.__class__.__name__`` and ``C.__name__``.

The one use of ``type()`` and ``__class__`` that the dialect keeps: the
name of a value's class, as in ``print(type(e).__name__, e)``.  A class
named in the source gives a constant; a value asks the runtime, which
knows the class of every object (a subclass instance held as its base
class, a boxed int in a union) by the same table as CPython's messages.
"""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, MemberExpr, RefExpr, TypeInfo

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import STR
from pyuk.irbuild import expressions
from pyuk.irbuild.builder import IRBuilder
from pyuk.irbuild.containers import rt, word_of


def _value_of_type_call(expr: Expression) -> Expression | None:
    """x in ``type(x)`` or ``x.__class__``."""
    if (
        isinstance(expr, CallExpr)
        and isinstance(expr.callee, RefExpr)
        and expr.callee.fullname == "builtins.type"
        and len(expr.args) == 1
        and expr.arg_kinds[0] == ARG_POS
    ):
        return expr.args[0]
    if isinstance(expr, MemberExpr) and expr.name == "__class__":
        return expr.expr
    return None


def _class_name(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    if expr.name != "__name__":
        return None
    owner = expr.expr
    if isinstance(owner, RefExpr) and isinstance(owner.node, TypeInfo):
        return Const(owner.node.name, STR)
    value = _value_of_type_call(owner)
    if value is None:
        return None
    w, k = word_of(builder, builder.expr(value), builder.rtype_of(value), value)
    return rt(builder, "pyuk_type_name_of", [w, k], expr)


expressions.MEMBER_HOOKS.insert(0, _class_name)
