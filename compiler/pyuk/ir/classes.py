"""Compiled classes in the IR: one ``ClassIR`` per class of the program.

The IR builder fills these in (``pyuk.irbuild.classes``) and the back end
turns each into a constant ``pyuk_type`` descriptor with its vtable, its
special-method table and its class info (``pyuk.codegen.classes``).  The
text form writes a class as one line, ``class @name <json>``, so the
printer and the parser stay inverse functions.

See docs/classes.md for the object model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pyuk.ir.types import RType, rtype_named

# What a class compiles to.
KIND_INSTANCE = "instance"  # fixed slots after the header (plain classes, dataclasses)
KIND_EXCEPTION = "exception"  # pyuk_exception, then the class's own slots
KIND_NAMEDTUPLE = "namedtuple"  # a pyuk_tuple whose type is the class
KIND_ENUM = "enum"  # IntEnum: static pyuk_box_int members whose type is the class
KIND_PROTOCOL = "protocol"  # no instances: only selectors

# Flags of a dataclass field in the runtime's field table (instance.h,
# PYUK_FIELD_NO_*), kept above the kind's byte
FIELD_NO_REPR = 1  # field(repr=False)
FIELD_NO_COMPARE = 2  # field(compare=False): not in ==, <, hash()
FIELD_FLAGS_SHIFT = 8

# Words of pyuk_exception after the header, and which of them are references
# (runtime.h: args, cause, context, suppress_context, traceback, length).
EXCEPTION_HEADER_WORDS = 6
EXCEPTION_HEADER_REFS = 0x17


@dataclass
class FieldIR:
    """One instance slot: a 64-bit word after the object's header (after the
    pyuk_exception words for exception classes, the items for named tuples)."""

    name: str
    type: RType


@dataclass
class SelectorIR:
    """A member of a protocol, called through the per-class method table:
    ``params`` exclude the receiver."""

    name: str  # link-style name "mod.Proto.member"
    params: list[RType]
    result: RType


@dataclass(eq=False)
class ClassIR:
    name: str  # link name: the class's mypy full name
    display: str  # type(x).__name__
    module: str  # type(x).__module__ ("__main__" for the main program)
    kind: str = KIND_INSTANCE
    # the base class: a compiled class's name, or a runtime descriptor symbol
    # ("pyuk_type_Exception", "pyuk_type_int"); None for object
    base: str | None = None
    base_is_runtime: bool = False
    fields: list[FieldIR] = field(default_factory=list)  # base class's first
    vtable: list[str] = field(default_factory=list)  # function symbols per slot
    special: dict[str, str] = field(default_factory=dict)  # hook -> function or C symbol
    # protocol selector name -> function symbol (classes implementing protocols)
    protocol_methods: dict[str, str] = field(default_factory=dict)
    selectors: list[SelectorIR] = field(default_factory=list)  # protocols only
    repr_fields: list[str] = field(default_factory=list)  # dataclass / named tuple repr
    field_flags: dict[str, int] = field(default_factory=dict)  # FIELD_NO_* of repr_fields
    members: list[tuple[str, int]] = field(default_factory=list)  # enum members
    has_subclasses: bool = False

    @property
    def header_words(self) -> int:
        return EXCEPTION_HEADER_WORDS if self.kind == KIND_EXCEPTION else 0

    def slot_of(self, field_name: str) -> int:
        """Word index after the object header (tuple items for named tuples)."""
        for i, f in enumerate(self.fields):
            if f.name == field_name:
                return self.header_words + i
        raise KeyError(f"{self.name} has no field {field_name}")

    def field_type(self, field_name: str) -> RType:
        for f in self.fields:
            if f.name == field_name:
                return f.type
        raise KeyError(f"{self.name} has no field {field_name}")

    # ---- text form ----

    def to_json(self) -> str:
        data: dict[str, object] = {"display": self.display, "module": self.module}
        if self.kind != KIND_INSTANCE:
            data["kind"] = self.kind
        if self.base is not None:
            data["base"] = self.base
            if self.base_is_runtime:
                data["base_is_runtime"] = True
        if self.fields:
            data["fields"] = [[f.name, f.type.name] for f in self.fields]
        for key in ("vtable", "special", "protocol_methods", "repr_fields", "field_flags",
                    "members"):
            value = getattr(self, key)
            if value:
                data[key] = value
        if self.selectors:
            data["selectors"] = [
                [s.name, [p.name for p in s.params], s.result.name] for s in self.selectors
            ]
        if self.has_subclasses:
            data["has_subclasses"] = True
        return json.dumps(data, separators=(", ", ": "))

    @classmethod
    def from_json(cls, name: str, text: str) -> ClassIR:
        data = json.loads(text)
        return cls(
            name,
            data["display"],
            data["module"],
            kind=data.get("kind", KIND_INSTANCE),
            base=data.get("base"),
            base_is_runtime=data.get("base_is_runtime", False),
            fields=[FieldIR(n, rtype_named(t)) for n, t in data.get("fields", [])],
            vtable=list(data.get("vtable", [])),
            special=dict(data.get("special", {})),
            protocol_methods=dict(data.get("protocol_methods", {})),
            selectors=[
                SelectorIR(n, [rtype_named(p) for p in ps], rtype_named(r))
                for n, ps, r in data.get("selectors", [])
            ],
            repr_fields=list(data.get("repr_fields", [])),
            field_flags=dict(data.get("field_flags", {})),
            members=[(n, v) for n, v in data.get("members", [])],
            has_subclasses=data.get("has_subclasses", False),
        )
