"""LLVM code of the closure and cell ops (pyuk.ir.closure_opcodes).

Layouts are runtime-c/include/pyuk/function.h's: a closure is
``{type, code, slots...}``, a cell ``{type, value}``.  Each nested function
gets its own ``pyuk_type`` (``closure_type.<fn>``: size and ptrmap of its
slots, traced by ``pyuk_trace_fixed``); a function that captures nothing is
a static closure ``closure.<fn>`` of ``pyuk_type_function`` in read-only
data.
"""

from __future__ import annotations

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.emitter import FunctionEmitter
from pyuk.codegen.ops import op, pack_word, unpack_word
from pyuk.ir.nodes import Const, Instr, Operand
from pyuk.ir.types import VOID

# struct pyuk_type (runtime.h): name, module, family, flags, base, size,
# nitem_kinds, trace, ptrmap, item_kinds, special, vtable
_PYUK_TYPE = ir.LiteralStructType(
    [abi.PTR, abi.PTR, abi.I32, abi.I32, abi.PTR, abi.I32, abi.I32,
     abi.PTR, abi.PTR, abi.PTR, abi.PTR, abi.PTR]
)
_FAMILY_FUNCTION = 14  # PYUK_T_FUNCTION
_HEADER = 16  # type, code
_STATIC_CLOSURE = ir.LiteralStructType([abi.PTR, abi.PTR])


def _i64(value: int) -> ir.Constant:
    return ir.Constant(abi.I64, value)


def _alloc(e: FunctionEmitter) -> ir.Function:
    fnty = ir.FunctionType(abi.PTR, [abi.PTR, abi.I64])
    return e.parent._external_function("pyuk_alloc", fnty)


def _slot_address(e: FunctionEmitter, obj: ir.Value, offset: int) -> ir.Value:
    return e.b.gep(obj, [_i64(offset)], source_etype=abi.I8)


def _closure_type(e: FunctionEmitter, symbol: str, slots: list[Operand]) -> ir.GlobalVariable:
    """The descriptor of the closures of one nested function."""
    name = f"closure_type.{symbol}"
    existing = e.parent.ll.globals.get(name)
    if isinstance(existing, ir.GlobalVariable):
        return existing
    null = ir.Constant(abi.PTR, None)
    # word 0 after the header is the code pointer: never traced
    refs = sum(1 << (i + 1) for i, s in enumerate(slots) if s.type.is_ref)
    ptrmap: ir.Constant | ir.GlobalVariable = null
    trace: ir.Constant | ir.Function = null
    if refs:
        nwords = (len(slots) + 1 + 63) // 64
        words = [_i64((refs >> (64 * w)) & (2**64 - 1)) for w in range(nwords)]
        array = ir.ArrayType(abi.I64, nwords)
        ptrmap = ir.GlobalVariable(e.parent.ll, array, name=f"closure_ptrmap.{symbol}")
        ptrmap.linkage = "internal"
        ptrmap.global_constant = True
        ptrmap.initializer = ir.Constant(array, words)
        trace = e.parent._external_function(
            "pyuk_trace_fixed", ir.FunctionType(abi.VOID, [abi.PTR, abi.PTR])
        )
    display = next((f.display for f in e.parent.module.functions if f.name == symbol), symbol)
    var = ir.GlobalVariable(e.parent.ll, _PYUK_TYPE, name=name)
    var.linkage = "internal"
    var.global_constant = True
    var.align = 8
    var.initializer = ir.Constant(_PYUK_TYPE, [
        e.parent.cstring(display), null,
        ir.Constant(abi.I32, _FAMILY_FUNCTION), ir.Constant(abi.I32, 0), null,
        ir.Constant(abi.I32, _HEADER + 8 * len(slots)), ir.Constant(abi.I32, 0),
        trace, ptrmap, null, null, null,
    ])
    return var


@op("closure.new")
def _closure_new(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    descriptor = _closure_type(e, instr.symbol, instr.args)
    size = _HEADER + 8 * len(instr.args)
    values = [e.value(a) for a in instr.args]
    obj = e.b.call(_alloc(e), [descriptor, _i64(size)])
    e.check_exception(instr)
    e.b.store(e.parent.functions[instr.symbol], _slot_address(e, obj, 8))
    for i, value in enumerate(values):
        e.b.store(pack_word(e, value), _slot_address(e, obj, _HEADER + 8 * i))
    e.store(instr.dest, obj)


@op("closure.static")
def _closure_static(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    name = f"closure.{instr.symbol}"
    var = e.parent.ll.globals.get(name)
    if not isinstance(var, ir.GlobalVariable):
        var = ir.GlobalVariable(e.parent.ll, _STATIC_CLOSURE, name=name)
        var.linkage = "internal"
        var.global_constant = True
        var.align = 16  # like heap objects
        function_type = e.parent.external_global("pyuk_type_function", abi.I8)
        var.initializer = ir.Constant(
            _STATIC_CLOSURE, [function_type, e.parent.functions[instr.symbol]]
        )
    e.store(instr.dest, var)


@op("closure.slot")
def _closure_slot(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.dest is not None
    closure, index = instr.args
    assert isinstance(index, Const) and isinstance(index.value, int)
    address = _slot_address(e, e.value(closure), _HEADER + 8 * index.value)
    word = e.b.load(address, typ=abi.I64)
    e.store(instr.dest, unpack_word(e, word, abi.llvm_type(instr.dest.type)))


@op("closure.call")
def _closure_call(e: FunctionEmitter, instr: Instr) -> None:
    closure = e.value(instr.args[0])
    args = [closure, *(e.value(a) for a in instr.args[1:])]
    result_type = abi.VOID
    if instr.dest is not None and instr.dest.type != VOID:
        result_type = abi.llvm_type(instr.dest.type)
    fnty = ir.FunctionType(result_type, [a.type for a in args])
    # a pointer typed with the function type: llvmlite calls through it
    # (LLVM reads it as an opaque ptr)
    code = e.b.load(_slot_address(e, closure, 8), typ=ir.PointerType(fnty))
    result = e.b.call(code, args)
    e.check_exception(instr)
    if instr.dest is not None and result_type != abi.VOID:
        e.store(instr.dest, result)


@op("cell.new")
def _cell_new(e: FunctionEmitter, instr: Instr) -> None:
    value = e.value(instr.args[0])
    name = "pyuk_type_cell_ref" if instr.args[0].type.is_ref else "pyuk_type_cell_raw"
    descriptor = e.parent.external_global(name, abi.I8)
    cell = e.b.call(_alloc(e), [descriptor, _i64(16)])
    e.check_exception(instr)
    e.b.store(pack_word(e, value), _slot_address(e, cell, 8))
    e.store(instr.dest, cell)


@op("cell.get")
def _cell_get(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.dest is not None
    word = e.b.load(_slot_address(e, e.value(instr.args[0]), 8), typ=abi.I64)
    e.store(instr.dest, unpack_word(e, word, abi.llvm_type(instr.dest.type)))


@op("cell.set")
def _cell_set(e: FunctionEmitter, instr: Instr) -> None:
    cell, value = (e.value(a) for a in instr.args)
    e.b.store(pack_word(e, value), _slot_address(e, cell, 8))
