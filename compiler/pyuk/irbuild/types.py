"""Maps mypy types to IR types, with one canonical spelling per type."""

from __future__ import annotations

from mypy.types import (
    AnyType,
    CallableType,
    DeletedType,
    Instance,
    LiteralType,
    NoneType,
    ProperType,
    TupleType,
    Type,
    TypeAliasType,
    TypeType,
    UninhabitedType,
    UnionType,
    get_proper_type,
)

from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, VOID, Repr, RType

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


def is_deleted(t: Type) -> bool:
    """The type mypy gives ``e`` after ``except ... as e`` (the name is
    unbound there); the variable's real type is its uses' types."""
    return isinstance(proper(t), DeletedType)


def fullname_of(t: Type) -> str | None:
    """The class name of an instance or literal type, else None."""
    p = proper(t)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        return p.type.fullname
    return None


def to_rtype(t: Type) -> RType:
    """The IR type of a value of mypy type ``t``.

    int, float and bool are unboxed; every other type is a reference whose
    name is the type's canonical spelling (``list[int]``, ``app.Point``,
    ``int | None``).  A union that holds an unboxed type is a reference to
    boxed values."""
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
    return RType(canonical_name(p), Repr.PTR)


def _union_rtype(union: UnionType) -> RType:
    """Unions of literals of one type are that type; ``X | None`` is X when
    X is a reference (None is the null reference); other unions are boxed
    references."""
    items = {to_rtype(item) for item in union.items}
    if len(items) == 1:
        return items.pop()
    if len(items) == 2 and NONE in items:
        (other,) = items - {NONE}
        if other.is_ref:
            return other
    return RType(canonical_name(union), Repr.PTR)


_SHORT_MODULES = ("builtins.", "typing.", "collections.abc.")


def canonical_name(t: Type, _aliases: frozenset[str] = frozenset()) -> str:
    """One spelling per type, as the IR text form writes it.  A recursive
    type alias (typeshed's ``_ClassInfo`` of ``isinstance``) has none."""
    if isinstance(t, TypeAliasType) and t.alias is not None:
        if t.alias.fullname in _aliases:
            raise UnsupportedType(t.alias.name)  # no finite spelling
        _aliases = _aliases | {t.alias.fullname}
    p = proper(t)
    if isinstance(p, LiteralType):
        return canonical_name(p.fallback, _aliases)
    if isinstance(p, NoneType):
        return "None"
    if isinstance(p, UninhabitedType):
        return "Never"  # the items of [] and {} compared or printed directly
    if isinstance(p, Instance):
        if p.type.fullname in ("collections.defaultdict", "collections.Counter"):
            from mypy.maptype import map_instance_to_supertype

            # a dict (irbuild/collections_module.py)
            dict_info = next(i for i in p.type.mro if i.fullname == "builtins.dict")
            p = map_instance_to_supertype(p, dict_info)
        name = p.type.fullname
        for prefix in _SHORT_MODULES:
            if name.startswith(prefix):
                name = name[len(prefix):]
        if name == "tuple" and p.args:
            return f"tuple[{canonical_name(p.args[0], _aliases)}, ...]"
        if p.args:
            name += "[" + ", ".join(canonical_name(a, _aliases) for a in p.args) + "]"
        return name
    if isinstance(p, TupleType):
        if not p.items:
            return "tuple[]"
        return "tuple[" + ", ".join(canonical_name(i, _aliases) for i in p.items) + "]"
    if isinstance(p, UnionType):
        names = sorted({canonical_name(i, _aliases) for i in p.items},
                       key=lambda n: (n == "None", n))
        return " | ".join(names)
    if isinstance(p, CallableType):
        params = ", ".join(canonical_name(a, _aliases) for a in p.arg_types)
        return f"Callable[[{params}], {canonical_name(p.ret_type, _aliases)}]"
    if isinstance(p, TypeType):
        return f"type[{canonical_name(p.item, _aliases)}]"
    raise UnsupportedType(describe(p))


def describe(t: Type) -> str:
    """How a type is named in error messages."""
    return str(t).replace("builtins.", "")
