"""IR types: a Python-level type name plus the machine representation it uses.

The name keeps the IR readable and lets later stages dispatch on the Python
type (``list[int]``, ``Point``); the representation is all the back end needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Repr(Enum):
    """How a value lives in a register."""

    I64 = "i64"
    F64 = "f64"
    BOOL = "i1"
    PTR = "ptr"
    VOID = "void"


@dataclass(frozen=True)
class RType:
    """A type in pyuk IR."""

    name: str
    repr: Repr

    def __str__(self) -> str:
        return self.name

    @property
    def is_ref(self) -> bool:
        """True for heap references (None is the null reference)."""
        return self.repr is Repr.PTR


INT = RType("int", Repr.I64)
FLOAT = RType("float", Repr.F64)
BOOL = RType("bool", Repr.BOOL)
VOID = RType("void", Repr.VOID)
STR = RType("str", Repr.PTR)
NONE = RType("None", Repr.PTR)
OBJECT = RType("object", Repr.PTR)
# A container slot: any value packed into 64 bits (see runtime.h, pyuk_word).
WORD = RType("word", Repr.I64)

_UNBOXED = {t.name: t for t in (INT, FLOAT, BOOL, VOID, WORD)}


def rtype_named(name: str) -> RType:
    """The IR type written ``name`` in the text form; references otherwise."""
    return _UNBOXED.get(name) or RType(name, Repr.PTR)
