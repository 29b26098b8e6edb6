"""bytearray's reshaping methods: ``pop``, ``insert``, ``remove``,
``clear``, ``reverse``, ``copy`` (runtime-c/core/bytearray_methods.c)."""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import CallExpr, Expression

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import INT, NONE
from pyuk.irbuild.builder import IRBuilder
from pyuk.irbuild.calls import METHOD_CALLS
from pyuk.irbuild.containers import rt, value_as
from pyuk.irbuild.strings import bind_args

Method = Callable[[IRBuilder, CallExpr, Expression], Operand]


def _method(name: str, params: list[str], returns: bool,
            defaults: dict[str, int] | None = None) -> Method:
    """A method whose arguments are ints, lowered to pyuk_bytearray_<name>."""

    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        ba = builder.expr(recv)
        args = bind_args(call, params)
        values: list[Operand] = [ba]
        for param in params:
            given = args.get(param)
            values.append(value_as(builder, given, INT) if given is not None
                          else Const((defaults or {})[param], INT))
        result = rt(builder, f"pyuk_bytearray_{name}", values, call)
        return result if returns else Const(None, NONE)

    return lower


METHOD_CALLS["builtins.bytearray.pop"] = _method("pop", ["index"], True, {"index": -1})
METHOD_CALLS["builtins.bytearray.insert"] = _method("insert", ["index", "item"], False)
METHOD_CALLS["builtins.bytearray.remove"] = _method("remove", ["value"], False)
METHOD_CALLS["builtins.bytearray.clear"] = _method("clear", [], False)
METHOD_CALLS["builtins.bytearray.reverse"] = _method("reverse", [], False)
METHOD_CALLS["builtins.bytearray.copy"] = _method("copy", [], True)
