"""The ``functools`` module: ``reduce(function, iterable[, initial])``.

The loop is pyuk's iteration over ``iterable`` (any iterable a ``for``
takes, a generator expression included); ``function`` is any function
value (a def, a lambda, a nested function, a ``Callable`` variable),
evaluated once and called with the accumulated value and each item, as
CPython does.  Without ``initial``, an empty iterable raises CPython's
TypeError.  The other names of the module are refused by the dialect
checker (frontend/dialect.py, PROVIDED_NAMES).
"""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Context, Expression
from mypy.types import CallableType

from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand
from pyuk.ir.types import BOOL, NONE, STR, VOID, RType
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import rt, value_as
from pyuk.irbuild.iteration import for_each
from pyuk.irbuild.types import proper


def function_signature(builder: IRBuilder, fn_expr: Expression, what: str
                       ) -> tuple[list[RType], RType]:
    """The parameter and result types of a two-argument function value."""
    sig = proper(builder.type_of(fn_expr))
    if not isinstance(sig, CallableType) or len(sig.arg_types) != 2:
        raise Unsupported(fn_expr, f"this function is not supported by {what} in pyuk: pass a"
                                   " def, a lambda or a Callable value that takes two arguments")
    params = [builder.rtype(t, fn_expr) for t in sig.arg_types]
    ret = builder.rtype(sig.ret_type, fn_expr)
    return params, NONE if ret == VOID else ret


def call_value2(builder: IRBuilder, function: Operand, params: list[RType], ret: RType,
                a: tuple[Operand, RType], b: tuple[Operand, RType], node: Context) -> Operand:
    """function(a, b) through the function value's closure."""
    args = [function, coerce(builder, a[0], a[1], params[0], node),
            coerce(builder, b[0], b[1], params[1], node)]
    if ret == NONE:
        builder.add(Instr("closure.call", None, args, line=node.line))
        return Const(None, NONE)
    dest = builder.temp(ret)
    builder.add(Instr("closure.call", dest, args, line=node.line))
    return dest


def _reduce(builder: IRBuilder, call: CallExpr) -> Operand:
    if not 2 <= len(call.args) <= 3 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "functools.reduce() takes a function, an iterable and an"
                                " optional initial value, by position")
    fn_expr, iterable = call.args[0], call.args[1]
    params, ret = function_signature(builder, fn_expr, "functools.reduce()")
    result_type = builder.rtype_of(call)
    function = builder.expr(fn_expr)
    acc = builder.temp(result_type)
    have = builder.temp(BOOL)
    if len(call.args) == 3:
        builder.move(acc, value_as(builder, call.args[2], result_type))
        builder.move(have, Const(True, BOOL))
    else:
        builder.move(have, Const(False, BOOL))

    def each(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        if vtype == VOID:  # an empty display: never runs
            return
        first, later, done = builder.new_block(), builder.new_block(), builder.new_block()
        builder.branch(have, later, first)
        builder.activate(first)
        builder.move(acc, coerce(builder, value, vtype, result_type, call))
        builder.move(have, Const(True, BOOL))
        builder.goto(done)
        builder.activate(later)
        result = call_value2(builder, function, params, ret, (acc, result_type),
                             (value, vtype), call)
        builder.move(acc, coerce(builder, result, ret, result_type, call))
        builder.goto(done)
        builder.activate(done)

    for_each(builder, iterable, each, call)
    if len(call.args) == 2:
        empty, ok = builder.new_block(), builder.new_block()
        builder.branch(have, ok, empty)
        builder.activate(empty)
        rt(builder, "pyuk_raise_type_error_cstr",
           [Const("reduce() of empty iterable with no initial value", STR)], call)
        builder.add(Instr("unreachable"))
        builder.activate(ok)
    return acc


calls.BUILTIN_CALLS["functools.reduce"] = _reduce
calls.BUILTIN_CALLS["_functools.reduce"] = _reduce
