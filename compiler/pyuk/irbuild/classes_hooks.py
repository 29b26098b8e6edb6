"""What exceptions need from user classes (irbuild/exceptions.py).

User exception classes derive from the builtin ones through the class
machinery; their instances start with ``struct pyuk_exception``.  The class
lowering provides these two functions; until a class is known to it they
return None and the exception code reports the construct as unsupported.
"""

from __future__ import annotations

from mypy.nodes import Context, TypeInfo

from pyuk.ir.nodes import Operand
from pyuk.irbuild.builder import IRBuilder


def user_class_symbol(builder: IRBuilder, info: TypeInfo) -> str | None:
    """The symbol of the type descriptor of a compiled class."""
    from pyuk.irbuild.class_ops import class_symbol
    from pyuk.irbuild.classes import registry

    c = registry(builder).get(info)
    if c is None or c.errors:
        return None
    return class_symbol(c)


def instantiate(builder: IRBuilder, info: TypeInfo, node: Context) -> Operand | None:
    """``info()``: a new instance, its __init__ called with no arguments."""
    from pyuk.irbuild.class_ops import construct
    from pyuk.irbuild.classes import registry

    c = registry(builder).get(info)
    if c is None or c.errors:
        return None
    return construct(builder, c, None, node)
