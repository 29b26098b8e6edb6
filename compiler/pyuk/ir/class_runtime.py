"""Runtime functions for compiled classes (runtime-c/include/pyuk/
instance.h); merged into ``RUNTIME_FUNCTIONS`` by ``pyuk.ir.runtime_api``."""

from __future__ import annotations

from pyuk.ir.runtime_api import RuntimeFunction
from pyuk.ir.types import BOOL, INT, OBJECT, STR, VOID, RType


def _rt(*params: RType, result: RType = VOID, raises: bool = False) -> RuntimeFunction:
    return RuntimeFunction(params, result, raises)


P = OBJECT

CLASS_RUNTIME: dict[str, RuntimeFunction] = {
    # dataclasses: the generated __eq__ and order methods
    "pyuk_dataclass_eq": _rt(P, P, result=BOOL, raises=True),
    "pyuk_dataclass_compare": _rt(P, P, INT, result=BOOL, raises=True),
    # IntEnum: Color(value), member.name
    "pyuk_enum_from_value": _rt(P, INT, result=P, raises=True),
    "pyuk_enum_name": _rt(P, result=STR, raises=True),
    "pyuk_enum_member_at": _rt(P, INT, result=P),
    # len() of an instance whose __len__ returned a negative number
    "pyuk_raise_negative_len": _rt(raises=True),
    # == with CPython's subclass-first rule, through the hooks
    "pyuk_instance_eq": _rt(P, P, result=BOOL, raises=True),
    # type(x).__name__
    "pyuk_type_name_str": _rt(P, result=STR, raises=True),
    # `return NotImplemented` with nothing else to answer
    "pyuk_raise_compare_type_error": _rt(P, P, INT, raises=True),
    "pyuk_raise_operand_type_error": _rt(STR, P, P, raises=True),
}
