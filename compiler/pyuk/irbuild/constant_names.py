"""Names of provided modules that stand for constants (``math.pi``,
``string.digits``): read as ``module.name`` or after ``from module import
name``, each is its constant."""

from __future__ import annotations

from mypy.nodes import MemberExpr, NameExpr

from pyuk.ir.nodes import Const, Operand
from pyuk.irbuild import expressions
from pyuk.irbuild.builder import IRBuilder


def register_constants(constants: dict[str, Const]) -> None:
    """Makes each full name of ``constants`` read as its constant."""

    def name_hook(builder: IRBuilder, expr: NameExpr) -> Operand | None:
        return constants.get(expr.fullname)

    def member_hook(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
        return constants.get(expr.fullname)

    expressions.NAME_HOOKS.insert(0, name_hook)
    expressions.MEMBER_HOOKS.insert(0, member_hook)
