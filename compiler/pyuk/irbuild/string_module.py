"""The ``string`` module's constants (``string.ascii_lowercase``,
``digits``...): constant strings, the same text as CPython's."""

from __future__ import annotations

import string

from mypy.nodes import MemberExpr, NameExpr

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import STR
from pyuk.irbuild import expressions
from pyuk.irbuild.builder import IRBuilder

CONSTANTS = {
    f"string.{name}": getattr(string, name)
    for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
                 "hexdigits", "octdigits", "punctuation", "printable", "whitespace")
}


def _constant(fullname: str) -> Operand | None:
    value = CONSTANTS.get(fullname)
    return None if value is None else Const(value, STR)


def _name_hook(builder: IRBuilder, expr: NameExpr) -> Operand | None:
    return _constant(expr.fullname)


def _member_hook(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    return _constant(expr.fullname)


expressions.NAME_HOOKS.insert(0, _name_hook)
expressions.MEMBER_HOOKS.insert(0, _member_hook)
