"""Conversions between IR types, and the truth value of any value.

pyuk refuses the two implicit conversions that CPython does not perform:
binding an int where a float is declared (CPython keeps the int, so
``x: float = 1; print(x)`` prints ``1``) and binding a bool where an int is
declared (it stays a bool and prints ``True``).  Compiling them as
conversions would print something else than CPython, silently; so they are
compile errors with a fix.  Inside arithmetic the same conversions are exact
and allowed.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import Context

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported

# Boxing into unions/optionals and the like (irbuild/containers.py): a
# conversion returns the converted value, or None if it does not apply.
REFERENCE_COERCIONS: list[
    Callable[[IRBuilder, Operand, RType, RType, Context], Operand | None]
] = []
# Truth values of other types (containers, optionals): the bool, or None.
TRUTH_HOOKS: list[Callable[[IRBuilder, Operand, RType, Context], Operand | None]] = []


def coerce(
    builder: IRBuilder,
    value: Operand,
    src: RType,
    dst: RType,
    node: Context,
    binding: bool = True,
) -> Operand:
    """Converts ``value`` of type ``src`` to ``dst``.  ``binding`` is true when
    the value is stored (variable, argument, return value, element)."""
    if src == dst:
        return value
    if dst == FLOAT and src in (INT, BOOL):
        if binding:
            raise Unsupported(
                node,
                "an int value where a float is expected is not supported by pyuk "
                "(CPython would keep it an int): write a float literal such as 1.0, "
                "or float(...)",
            )
        as_int = coerce(builder, value, src, INT, node, binding=False)
        if isinstance(as_int, Const) and isinstance(as_int.value, int):
            return Const(float(as_int.value), FLOAT)
        return builder.emit("int.to_float", [as_int], node)
    if dst == INT and src == BOOL:
        if binding:
            raise Unsupported(
                node,
                "a bool value where an int is expected is not supported by pyuk "
                "(CPython would keep it a bool): write int(...)",
            )
        if isinstance(value, Const):
            return Const(int(bool(value.value)), INT)
        return builder.emit("bool.to_int", [value], node)
    if src == NONE and dst.is_ref:
        return value
    if dst == FLOAT and is_number_union(src):
        if binding:
            raise Unsupported(
                node,
                f'a value of type "{src}" where a float is expected is not supported by pyuk '
                "(CPython would keep an int an int): write float(...), or sum(xs, 0.0) for a "
                "sum of floats (sum([]) is the int 0)",
            )
        return builder.call_runtime("pyuk_number_to_float", [value], node) or value
    for convert in REFERENCE_COERCIONS:
        converted = convert(builder, value, src, dst, node)
        if converted is not None:
            return converted
    raise Unsupported(node, f'cannot use a value of type "{src}" as "{dst}" in pyuk yet')


def is_number_union(rtype: RType) -> bool:
    """A union of several number types (``float | int``: what ``sum()`` of
    floats gives), held boxed."""
    parts = set(rtype.name.split(" | "))
    return rtype.is_ref and len(parts - {"None"}) > 1 and parts <= {"int", "float", "bool", "None"}


def truth_value(builder: IRBuilder, value: Operand, rtype: RType, node: Context) -> Operand:
    """The bool that ``if value:`` tests, with CPython's rules."""
    if rtype == BOOL:
        return value
    if rtype == INT:
        return builder.emit("int.ne", [value, Const(0, INT)], node)
    if rtype == FLOAT:
        return builder.emit("float.ne", [value, Const(0.0, FLOAT)], node)
    if rtype == NONE:
        return Const(False, BOOL)
    if rtype == STR:
        result = builder.call_runtime("pyuk_str_truth", [value], node)
        assert result is not None
        return result
    for hook in TRUTH_HOOKS:
        truth = hook(builder, value, rtype, node)
        if truth is not None:
            return truth
    raise Unsupported(node, f'truth value of "{rtype}" is not supported by pyuk yet')
