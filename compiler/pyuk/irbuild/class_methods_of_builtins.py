"""Class methods of builtin types called on the type: ``dict.fromkeys``.

``dict.fromkeys(keys, value=None)`` is a dict of every key of the iterable,
in iteration order, each mapped to the one value (evaluated once, as in
CPython: a mutable value is shared by every key)."""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, MemberExpr, RefExpr, TypeInfo

from pyuk.ir.nodes import BasicBlock, Const, Operand
from pyuk.ir.types import INT, NONE, WORD, RType
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.containers import item_rtype, kind_of, pack, rt, value_as
from pyuk.irbuild.iteration import for_each


def _dict_fromkeys(builder: IRBuilder, call: CallExpr) -> Operand:
    if not 1 <= len(call.args) <= 2 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "dict.fromkeys() with these arguments is not supported by pyuk")
    t = builder.type_of(call)
    key_type, value_type = item_rtype(builder, t, call, 0), item_rtype(builder, t, call, 1)
    if len(call.args) == 2:
        value: Operand = value_as(builder, call.args[1], value_type)
    else:
        value = Const(None, NONE)
    shared = builder.temp(WORD)
    builder.move(shared, pack(builder, value, call))
    d = builder.temp(builder.rtype_of(call))
    builder.move(d, rt(builder, "pyuk_dict_new", [Const(kind_of(key_type), INT),
                                                  Const(kind_of(value_type), INT)], call))

    def add(key: Operand, ktype: RType, exit_: BasicBlock) -> None:
        from pyuk.irbuild.coerce import coerce

        word = pack(builder, coerce(builder, key, ktype, key_type, call), call)
        rt(builder, "pyuk_dict_setitem", [d, word, shared], call)

    for_each(builder, call.args[0], add, call)
    return d


HANDLERS = {("builtins.dict", "fromkeys"): _dict_fromkeys}


def _call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    callee = call.callee
    if (isinstance(callee, MemberExpr) and isinstance(callee.expr, RefExpr)
            and isinstance(callee.expr.node, TypeInfo)):
        handler = HANDLERS.get((callee.expr.node.fullname, callee.name))
        if handler is not None:
            return handler(builder, call)
    return None


calls.CALL_HOOKS.insert(0, _call_hook)
