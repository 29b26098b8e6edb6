"""The provided modules ``time`` and ``pyuk.xen``.

``time``'s clocks and ``sleep`` are builtins lowered to runtime calls
(runtime-c/core/time.c).  ``pyuk.xen`` is a real module of pyuk's stdlib
(stdlib/pyuk/xen.py) that runs under CPython, where it raises OSError: its
functions are compiled with a native body instead (NATIVE_BODIES), a call
to the xenstore client of runtime-c/core/xen_store.c attributed to the line
of the CPython body's ``raise``, so a traceback shows the same frames and
lines under CPython and compiled.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_POS, CallExpr, Context, FuncDef, MemberExpr, MypyFile, RefExpr

from pyuk.ir.nodes import Const, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.calls import builtin
from pyuk.irbuild.coerce import coerce

# ---- time ----

_CLOCKS = {
    "time.monotonic": "pyuk_time_monotonic",
    "time.perf_counter": "pyuk_time_monotonic",
    "time.monotonic_ns": "pyuk_time_monotonic_ns",
    "time.perf_counter_ns": "pyuk_time_monotonic_ns",
    "time.time": "pyuk_time_time",
    "time.time_ns": "pyuk_time_time_ns",
}


@builtin(*_CLOCKS)
def lower_clock(builder: IRBuilder, call: CallExpr) -> Operand:
    assert isinstance(call.callee, RefExpr)
    result = builder.call_runtime(_CLOCKS[call.callee.fullname], [], call)
    assert result is not None
    return result


@builtin("time.sleep")
def lower_sleep(builder: IRBuilder, call: CallExpr) -> Operand:
    if len(call.args) != 1 or call.arg_kinds[0] != ARG_POS:
        raise Unsupported(call, "time.sleep() takes one positional argument")
    arg = call.args[0]
    value, rtype = builder.expr(arg), builder.rtype_of(arg)
    if rtype == BOOL:
        value, rtype = coerce(builder, value, BOOL, INT, arg, binding=False), INT
    if rtype == INT:
        builder.call_runtime("pyuk_time_sleep_int", [value], call)
    elif rtype == FLOAT:
        builder.call_runtime("pyuk_time_sleep", [value], call)
    else:
        raise Unsupported(call, f'time.sleep() of "{rtype}" is not supported by pyuk')
    return Const(None, NONE)


def _module_function_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """``module.function(...)`` of a provided module (``time.sleep``): the
    receiver is a module, not a value, so hooks that look at the
    receiver's type must not see it."""
    callee = call.callee
    if (
        isinstance(callee, MemberExpr)
        and isinstance(callee.expr, RefExpr)
        and isinstance(callee.expr.node, MypyFile)
        and callee.fullname in calls.BUILTIN_CALLS
    ):
        return calls.BUILTIN_CALLS[callee.fullname](builder, call)
    return None


calls.CALL_HOOKS.insert(0, _module_function_hook)


# ---- pyuk.xen: stdlib functions with a native body ----

NativeBody = Callable[[IRBuilder, FuncDef, list[Register]], None]
NATIVE_BODIES: dict[str, NativeBody] = {}


def native(fullname: str) -> Callable[[NativeBody], NativeBody]:
    """Registers the compiled body of a stdlib function."""

    def register(fn: NativeBody) -> NativeBody:
        NATIVE_BODIES[fullname] = fn
        return fn

    return register


def _raise_line(defn: FuncDef) -> Context:
    """Where a native body's errors point: the CPython body's last
    statement (its ``raise``)."""
    return defn.body.body[-1] if defn.body.body else defn


@native("pyuk.xen.xenstore_read")
def _xenstore_read(builder: IRBuilder, defn: FuncDef, params: list[Register]) -> None:
    value = builder.call_runtime("pyuk_xen_xenstore_read", [params[0]], _raise_line(defn))
    assert value is not None
    builder.add(Instr("return", args=[value]))


@native("pyuk.xen.xenstore_write")
def _xenstore_write(builder: IRBuilder, defn: FuncDef, params: list[Register]) -> None:
    builder.call_runtime("pyuk_xen_xenstore_write", [params[0], params[1]], _raise_line(defn))
    builder.add(Instr("return", args=[]))


def lower_native_body(builder: IRBuilder, defn: FuncDef, params: list[Register]) -> bool:
    """Emits the native body of ``defn`` if it has one."""
    body = NATIVE_BODIES.get(defn.fullname)
    if body is None:
        return False
    body(builder, defn, params)
    return True

