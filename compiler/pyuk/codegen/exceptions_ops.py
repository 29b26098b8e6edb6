"""LLVM code for the ``exc.*`` ops (docs/exceptions.md).

Raising stores the exception in ``pyuk_current_exception`` (through the
runtime, which sets ``__context__``) and branches to the op's error target:
``FunctionEmitter.error_target`` records this frame in the traceback for a
new raise and not for ``exc.reraise``.  ``pyuk_handled_exception`` is
CPython's "exception being handled", saved and restored by compiled code
around except clauses.
"""

from __future__ import annotations

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.emitter import FunctionEmitter
from pyuk.codegen.ops import op
from pyuk.ir.nodes import Instr

HANDLED_EXCEPTION = "pyuk_handled_exception"


def _runtime(e: FunctionEmitter, name: str, result: ir.Type, params: list[ir.Type]) -> ir.Function:
    return e.parent._external_function(name, ir.FunctionType(result, params))


def _type_descriptor(e: FunctionEmitter, instr: Instr) -> ir.Value:
    """``symbol``: a compiled class's name, or a builtin class's runtime
    descriptor (``pyuk_type_ValueError``)."""
    assert instr.symbol is not None
    classes = getattr(e.parent, "class_emitter", None)
    descriptors = getattr(classes, "descriptors", {})
    if instr.symbol in descriptors:
        return descriptors[instr.symbol]
    return e.parent.external_global(instr.symbol, abi.I8)


def _set_args(e: FunctionEmitter, exc: ir.Value, instr: Instr, first: int) -> None:
    set_arg = _runtime(e, "pyuk_exception_set_arg", abi.VOID, [abi.PTR, abi.I64, abi.PTR])
    for i, operand in enumerate(instr.args[first:]):
        e.b.call(set_arg, [exc, ir.Constant(abi.I64, i), e.value(operand)])


@op("exc.new")
def _exc_new(e: FunctionEmitter, instr: Instr) -> None:
    """A new exception of class ``symbol`` with the operands as its args."""
    new = _runtime(e, "pyuk_exception_new", abi.PTR, [abi.PTR, abi.I64])
    exc = e.b.call(new, [_type_descriptor(e, instr), ir.Constant(abi.I64, len(instr.args))])
    e.check_exception(instr)
    _set_args(e, exc, instr, 0)
    if instr.symbol == "pyuk_type_OSError" and len(instr.args) >= 2:
        fixup = _runtime(e, "pyuk_os_error_from_errno", abi.VOID, [abi.PTR])
        e.b.call(fixup, [exc])
    e.store(instr.dest, exc)


@op("exc.init")
def _exc_init(e: FunctionEmitter, instr: Instr) -> None:
    """BaseException.__init__(self, *args): operand 0 is self."""
    init = _runtime(e, "pyuk_exception_init_args", abi.I1, [abi.PTR, abi.I64])
    exc = e.value(instr.args[0])
    e.b.call(init, [exc, ir.Constant(abi.I64, len(instr.args) - 1)])
    e.check_exception(instr)
    _set_args(e, exc, instr, 1)


@op("exc.matches")
def _exc_matches(e: FunctionEmitter, instr: Instr) -> None:
    matches = _runtime(e, "pyuk_exception_matches", abi.I1, [abi.PTR, abi.PTR])
    # It only reads the exception's type chain: LLVM may keep what it knows
    # of pyuk_current_exception (null, just stored) across the call.
    matches.attributes.add("readonly")
    e.store(instr.dest, e.b.call(matches, [e.value(instr.args[0]), _type_descriptor(e, instr)]))


@op("exc.fetch")
def _exc_fetch(e: FunctionEmitter, instr: Instr) -> None:
    """Takes the pending exception (a handler's first op)."""
    current = e.parent.external_global(abi.CURRENT_EXCEPTION, abi.PTR)
    e.store(instr.dest, e.b.load(current, typ=abi.PTR))
    e.b.store(ir.Constant(abi.PTR, None), current)


@op("exc.handled")
def _exc_handled(e: FunctionEmitter, instr: Instr) -> None:
    handled = e.parent.external_global(HANDLED_EXCEPTION, abi.PTR)
    e.store(instr.dest, e.b.load(handled, typ=abi.PTR))


@op("exc.set_handled")
def _exc_set_handled(e: FunctionEmitter, instr: Instr) -> None:
    handled = e.parent.external_global(HANDLED_EXCEPTION, abi.PTR)
    e.b.store(e.value(instr.args[0]), handled)


@op("exc.raise")
def _exc_raise(e: FunctionEmitter, instr: Instr) -> None:
    raise_fn = _runtime(e, "pyuk_raise", abi.VOID, [abi.PTR])
    e.b.call(raise_fn, [e.value(instr.args[0])])
    e.raise_to(instr)


@op("exc.raise_from")
def _exc_raise_from(e: FunctionEmitter, instr: Instr) -> None:
    raise_fn = _runtime(e, "pyuk_raise_from", abi.VOID, [abi.PTR, abi.PTR])
    e.b.call(raise_fn, [e.value(instr.args[0]), e.value(instr.args[1])])
    e.raise_to(instr)


@op("exc.reraise")
def _exc_reraise(e: FunctionEmitter, instr: Instr) -> None:
    if instr.args:
        current = e.parent.external_global(abi.CURRENT_EXCEPTION, abi.PTR)
        e.b.store(e.value(instr.args[0]), current)
    e.raise_to(instr)


# word offsets of struct pyuk_exception's fields (runtime.h)
_FIELD_OFFSETS = {"args": 8, "cause": 16, "context": 24, "suppress_context": 32}


@op("exc.field")
def _exc_field(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None and instr.dest is not None
    exc = e.value(instr.args[0])
    slot = e.b.gep(exc, [ir.Constant(abi.I64, _FIELD_OFFSETS[instr.symbol])],
                   source_etype=abi.I8)
    target = abi.llvm_type(instr.dest.type)
    if target == abi.I1:
        word = e.b.load(slot, typ=abi.I64)
        e.store(instr.dest, e.b.icmp_unsigned("!=", word, ir.Constant(abi.I64, 0)))
    else:
        e.store(instr.dest, e.b.load(slot, typ=abi.PTR))


@op("exc.subframe")
def _exc_subframe(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    rename = _runtime(e, "pyuk_traceback_rename_last", abi.VOID, [abi.PTR])
    e.b.call(rename, [_frame_location(e, instr.symbol)])


def _frame_location(e: FunctionEmitter, display: str) -> ir.GlobalVariable:
    """A code location named ``display`` in the function's file."""
    fn = e.fn
    name = f"{fn.name}.location.{display}"
    existing = e.parent.ll.globals.get(name)
    if isinstance(existing, ir.GlobalVariable):
        return existing
    var = ir.GlobalVariable(e.parent.ll, abi.CODE_LOCATION, name=name)
    var.linkage = "internal"
    var.global_constant = True
    var.initializer = ir.Constant(
        abi.CODE_LOCATION,
        [e.parent.cstring(display), e.parent.cstring(fn.file or e.parent.module.file)],
    )
    return var


@op("exc.propagate")
def _exc_propagate(e: FunctionEmitter, instr: Instr) -> None:
    e.raise_to(instr)
