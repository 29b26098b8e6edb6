"""Literals and names."""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import (
    GDEF,
    LDEF,
    Expression,
    FloatExpr,
    FuncDef,
    IntExpr,
    MemberExpr,
    NameExpr,
    StrExpr,
    Var,
)

from pyuk.ir.nodes import Const, Instr, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR
from pyuk.irbuild.builder import IRBuilder, Unsupported, expression_handler
from pyuk.irbuild.types import is_any, is_deleted

INT_MIN = -(2**63)
INT_MAX = 2**63 - 1


@expression_handler(IntExpr)
def lower_int(builder: IRBuilder, expr: IntExpr) -> Operand:
    if not INT_MIN <= expr.value <= INT_MAX:
        raise Unsupported(
            expr, f"int literal {expr.value} does not fit in pyuk's 64-bit int"
        )
    return Const(expr.value, INT)


@expression_handler(FloatExpr)
def lower_float(builder: IRBuilder, expr: FloatExpr) -> Operand:
    return Const(expr.value, FLOAT)


@expression_handler(StrExpr)
def lower_str(builder: IRBuilder, expr: StrExpr) -> Operand:
    return Const(expr.value, STR)


_BUILTIN_CONSTANTS: dict[str, Const] = {
    "builtins.True": Const(True, BOOL),
    "builtins.False": Const(False, BOOL),
    "builtins.None": Const(None, NONE),
}


def is_none_literal(expr: Expression | None) -> bool:
    """``None`` written in the source (an omitted or None-valued argument)."""
    return isinstance(expr, NameExpr) and expr.fullname == "builtins.None"


def final_constant(value: object) -> Const | None:
    """The constant of a ``Final`` name initialised with a literal."""
    if isinstance(value, bool):
        return Const(value, BOOL)
    if isinstance(value, int):
        return Const(value, INT) if INT_MIN <= value <= INT_MAX else None
    if isinstance(value, float):
        return Const(value, FLOAT)
    if isinstance(value, str):
        return Const(value, STR)
    return None


def global_name(module: str, name: str) -> str:
    return f"{module}.{name}"


@expression_handler(NameExpr)
def lower_name(builder: IRBuilder, expr: NameExpr) -> Operand:
    if expr.fullname in _BUILTIN_CONSTANTS:
        return _BUILTIN_CONSTANTS[expr.fullname]
    node = expr.node
    if expr.name == "__name__" and expr.kind == GDEF:
        return Const("__main__" if builder.is_main else builder.tree.fullname, STR)
    if isinstance(node, Var) and node.is_final and node.final_value is not None:
        final = final_constant(node.final_value)  # typing.Final: a compile-time constant
        if final is not None:
            return final
    for hook in NAME_HOOKS:
        handled = hook(builder, expr)
        if handled is not None:
            return handled
    if isinstance(node, Var):
        from pyuk.irbuild.containers import narrow  # x: int | None read as int

        rtype = builder.rtype_of(expr)
        from pyuk.irbuild.closures import read_variable

        shared = read_variable(builder, node, expr)  # captured, or in a cell
        if shared is not None:
            return narrow(builder, shared, shared.type, rtype, expr)
        if node in builder.state.locals:  # comprehension variables at module level too
            reg = builder.state.locals[node]
            return narrow(builder, reg, reg.type, rtype, expr)
        if expr.kind == LDEF and builder.fn.display != "<module>":
            declared = rtype
            if node.type is not None and not is_any(node.type) and not is_deleted(node.type):
                declared = builder.rtype(node.type, expr)
            return narrow(builder, builder.local(node, declared), declared, rtype, expr)
        if expr.kind == GDEF or builder.fn.display == "<module>":
            symbol = global_name(node.fullname.rsplit(".", 1)[0], node.name)
            gtype = builder.globals[symbol].type if symbol in builder.globals else rtype
            if symbol not in builder.globals and not any(
                g.name == symbol for g in builder.module.globals
            ):  # __file__, __doc__... (the dialect checker refuses them first)
                raise Unsupported(expr, f'"{expr.name}" is not supported by pyuk')
            dest = builder.temp(gtype)
            op = "global.load" if symbol in builder.surely_defined else "global.load_checked"
            builder.add(Instr(op, dest, symbol=symbol, line=expr.line))
            return narrow(builder, dest, gtype, rtype, expr)
    if isinstance(node, FuncDef):
        from pyuk.irbuild.closures import function_value

        value = function_value(builder, expr)
        if value is not None:
            return value
    raise Unsupported(expr, f'using "{expr.name}" as a value is not supported by pyuk yet')


# Names that other lowering modules resolve first (class attributes in a
# class body, NotImplemented...): a hook returns the value, or None.
NAME_HOOKS: list[Callable[[IRBuilder, NameExpr], Operand | None]] = []
# Attribute reads ``x.name``: each hook returns the value, or None when the
# attribute is not its business (classes, exceptions, modules...).
MEMBER_HOOKS: list[Callable[[IRBuilder, MemberExpr], Operand | None]] = []


@expression_handler(MemberExpr)
def lower_member(builder: IRBuilder, expr: MemberExpr) -> Operand:
    for hook in MEMBER_HOOKS:
        handled = hook(builder, expr)
        if handled is not None:
            return handled
    raise Unsupported(expr, f'the attribute "{expr.name}" is not supported by pyuk yet')
