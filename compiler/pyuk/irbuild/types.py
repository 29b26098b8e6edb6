"""Maps mypy types to IR types, with one canonical spelling per type."""

from __future__ import annotations

from mypy.types import (
    AnyType,
    Instance,
    LiteralType,
    NoneType,
    ProperType,
    Type,
    UninhabitedType,
    UnionType,
    get_proper_type,
)

from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, VOID, RType

_BUILTIN_VALUE_TYPES: dict[str, RType] = {
    "builtins.int": INT,
    "builtins.float": FLOAT,
    "builtins.bool": BOOL,
    "builtins.str": STR,
}


class UnsupportedType(Exception):
    """A type that pyuk cannot represent (yet); the message says which."""


def proper(t: Type) -> ProperType:
    return get_proper_type(t)


def is_any(t: Type) -> bool:
    return isinstance(proper(t), AnyType)


def fullname_of(t: Type) -> str | None:
    """The class name of an instance or literal type, else None."""
    p = proper(t)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        return p.type.fullname
    return None


def to_rtype(t: Type) -> RType:
    """The IR type of a value of mypy type ``t``."""
    p = proper(t)
    if isinstance(p, NoneType):
        return NONE
    if isinstance(p, UninhabitedType):
        return VOID
    if isinstance(p, UnionType):
        return _union_rtype(p)
    name = fullname_of(p)
    if name in _BUILTIN_VALUE_TYPES:
        return _BUILTIN_VALUE_TYPES[name]
    raise UnsupportedType(describe(p))


def _union_rtype(union: UnionType) -> RType:
    """Unions of literals of one type are that type; ``X | None`` is X when
    X is a reference (None is the null reference)."""
    items = {to_rtype(item) for item in union.items}
    if len(items) == 1:
        return items.pop()
    if len(items) == 2 and NONE in items:
        (other,) = items - {NONE}
        if other.is_ref:
            return other
    raise UnsupportedType(describe(union))


def describe(t: Type) -> str:
    """How a type is named in error messages."""
    return str(t).replace("builtins.", "")
