"""Assignment expressions: ``(name := value)``.

The value is evaluated, bound to the name like an assignment statement
would (a local, a global, a cell shared with closures), and is the
expression's value.  In a comprehension the name belongs to the enclosing
function, as in CPython; mypy resolves it so, and comprehensions are
compiled inline in that function.
"""

from __future__ import annotations

from mypy.nodes import LDEF, AssignmentExpr

from pyuk.ir.nodes import Operand
from pyuk.irbuild.builder import IRBuilder, Unsupported, expression_handler
from pyuk.irbuild.statements import store


@expression_handler(AssignmentExpr)
def lower_assignment_expr(builder: IRBuilder, expr: AssignmentExpr) -> Operand:
    if expr.target.kind == LDEF and builder.fn.display == "<module>":
        # mypy makes the name local to module-level code, CPython a global
        raise Unsupported(expr, "an assignment expression in a comprehension at module level "
                          "is not supported by pyuk: assign the name in a statement")
    value = builder.expr(expr.value)
    store(builder, expr.target, value, builder.rtype_of(expr.value))
    return value
