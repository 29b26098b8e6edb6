"""The ``heapq`` module: ``heappush``, ``heappop``, ``heapify``,
``heapreplace`` and ``heappushpop`` on a ``list[T]``, done by the runtime
(runtime-c/core/heapq.c) with CPython's algorithms, so the list ends in
CPython's order.  Items compare with ``<`` (``__lt__`` of a class, tuples
item by item); the item pushed takes the list's item type.
"""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, RefExpr

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import NONE
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.containers import class_of, item_rtype, pack, rt, unpack, value_as

# function -> (arguments after the heap, returns an item)
FUNCTIONS = {"heappush": (1, False), "heappop": (0, True), "heapify": (0, False),
             "heapreplace": (1, True), "heappushpop": (1, True)}


def _lower(builder: IRBuilder, call: CallExpr) -> Operand:
    assert isinstance(call.callee, RefExpr)
    name = call.callee.fullname.rsplit(".", 1)[1]
    extra, returns_item = FUNCTIONS[name]
    if len(call.args) != 1 + extra or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, f"heapq.{name}() with these arguments is not supported by pyuk")
    heap_expr = call.args[0]
    heap_type = builder.type_of(heap_expr)
    if class_of(heap_type) != "builtins.list":
        raise Unsupported(heap_expr, f"heapq.{name}() works on a list in pyuk")
    item = item_rtype(builder, heap_type, call)
    args: list[Operand] = [builder.expr(heap_expr)]
    if extra:
        args.append(pack(builder, value_as(builder, call.args[1], item), call))
    result = rt(builder, f"pyuk_heapq_{name}", args, call)
    if not returns_item:
        return Const(None, NONE)
    return unpack(builder, result, item, call)


for _name in FUNCTIONS:  # typeshed's heapq re-exports them from _heapq
    calls.BUILTIN_CALLS[f"heapq.{_name}"] = _lower
    calls.BUILTIN_CALLS[f"_heapq.{_name}"] = _lower
