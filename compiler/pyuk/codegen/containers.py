"""LLVM code for the container ops (pyuk.ir.container_opcodes): the hot
paths of list and tuple inline, and the tuple type descriptors.

Layouts (runtime.h): pyuk_list {type, length @8, capacity @16, items @24,
kind @32}; pyuk_tuple {type, length @8, items @16}.
"""

from __future__ import annotations

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.emitter import FunctionEmitter, ModuleEmitter
from pyuk.codegen.ops import _raise_if, op
from pyuk.codegen.tbaa import HEADER, ITEM, tag
from pyuk.ir.nodes import Const, Instr

LIST_LENGTH = 8
LIST_CAPACITY = 16
LIST_ITEMS = 24
TUPLE_ITEMS = 16

INDEX_LIST = 0
INDEX_LIST_ASSIGN = 1

# struct pyuk_type (runtime.h)
PYUK_TYPE = ir.LiteralStructType(
    [abi.PTR, abi.PTR, abi.I32, abi.I32, abi.PTR, abi.I32, abi.I32,
     abi.PTR, abi.PTR, abi.PTR, abi.PTR, abi.PTR]
)
FAMILY_TUPLE = 8
KIND_LETTERS = {"i": 0, "f": 1, "b": 2, "o": 3}


def _i64(v: int) -> ir.Constant:
    return ir.Constant(abi.I64, v)


def _field(e: FunctionEmitter, ptr: ir.Value, offset: int) -> ir.Value:
    return e.b.gep(ptr, [_i64(offset)], source_etype=abi.I8)


def _load_i64(e: FunctionEmitter, ptr: ir.Value, offset: int) -> ir.Value:
    """A length or capacity field (codegen/tbaa.py: header memory)."""
    return tag(e.b.load(_field(e, ptr, offset), typ=abi.I64), HEADER)


def _load_items(e: FunctionEmitter, lst: ir.Value) -> ir.Value:
    return tag(e.b.load(_field(e, lst, LIST_ITEMS), typ=abi.PTR), HEADER)


def _load_item(e: FunctionEmitter, items: ir.Value, index: ir.Value) -> ir.Value:
    return tag(e.b.load(_item_ptr(e, items, index), typ=abi.I64), ITEM)


def _store_item(e: FunctionEmitter, word: ir.Value, items: ir.Value, index: ir.Value) -> None:
    tag(e.b.store(word, _item_ptr(e, items, index)), ITEM)


def _item_ptr(e: FunctionEmitter, items: ir.Value, index: ir.Value) -> ir.Value:
    return e.b.gep(items, [index], source_etype=abi.I64)


@op("load.len")
def _load_len(e: FunctionEmitter, instr: Instr) -> None:
    obj = e.value(instr.args[0])
    offset = instr.args[1]
    assert isinstance(offset.value, int)  # type: ignore[union-attr]
    assert isinstance(offset, Const) and isinstance(offset.value, int)
    e.store(instr.dest, _load_i64(e, obj, offset.value))


@op("load.ref")
def _load_ref(e: FunctionEmitter, instr: Instr) -> None:
    obj = e.value(instr.args[0])
    offset = instr.args[1]
    assert isinstance(offset, Const) and isinstance(offset.value, int)
    e.store(instr.dest, e.b.load(_field(e, obj, offset.value), typ=abi.PTR))


def _checked_index(e: FunctionEmitter, instr: Instr, lst: ir.Value, index: ir.Value,
                   which: int) -> ir.Value:
    """The index with negative values counted from the end; raises
    IndexError (message ``which``) when it is out of range."""
    length = _load_i64(e, lst, LIST_LENGTH)
    negative = e.b.icmp_signed("<", index, _i64(0))
    adjusted = e.b.select(negative, e.b.add(index, length), index)
    out = e.b.icmp_unsigned(">=", adjusted, length)
    _raise_if(e, instr, out, "pyuk_raise_index_error", [_i64(which)])
    return adjusted


@op("list.get")
def _list_get(e: FunctionEmitter, instr: Instr) -> None:
    lst, index = e.value(instr.args[0]), e.value(instr.args[1])
    i = _checked_index(e, instr, lst, index, INDEX_LIST)
    items = _load_items(e, lst)
    e.store(instr.dest, _load_item(e, items, i))


@op("list.set")
def _list_set(e: FunctionEmitter, instr: Instr) -> None:
    lst, index, word = (e.value(a) for a in instr.args)
    i = _checked_index(e, instr, lst, index, INDEX_LIST_ASSIGN)
    items = _load_items(e, lst)
    _store_item(e, word, items, i)


@op("list.item")
def _list_item(e: FunctionEmitter, instr: Instr) -> None:
    lst, index = e.value(instr.args[0]), e.value(instr.args[1])
    items = _load_items(e, lst)
    e.store(instr.dest, _load_item(e, items, index))


@op("list.init")
def _list_init(e: FunctionEmitter, instr: Instr) -> None:
    lst, index, word = (e.value(a) for a in instr.args)
    items = _load_items(e, lst)
    _store_item(e, word, items, index)


@op("list.append")
def _list_append(e: FunctionEmitter, instr: Instr) -> None:
    lst, word = e.value(instr.args[0]), e.value(instr.args[1])
    length = _load_i64(e, lst, LIST_LENGTH)
    capacity = _load_i64(e, lst, LIST_CAPACITY)
    fast = e.llfn.append_basic_block()
    slow = e.llfn.append_basic_block()
    done = e.llfn.append_basic_block()
    room = e.b.icmp_signed("<", length, capacity)
    e.b.cbranch(room, fast, slow)
    e.b.position_at_end(fast)
    items = _load_items(e, lst)
    _store_item(e, word, items, length)
    tag(e.b.store(e.b.add(length, _i64(1)), _field(e, lst, LIST_LENGTH)), HEADER)
    e.b.branch(done)
    e.b.position_at_end(slow)
    e.b.call(e.parent.runtime_function("pyuk_list_append"), [lst, word])
    e.check_exception(Instr("rtcall", symbol="pyuk_list_append", line=instr.line,
                            handler=instr.handler))
    e.b.branch(done)
    e.b.position_at_end(done)


# ---- tuples ----


def tuple_descriptor(parent: ModuleEmitter, symbol: str) -> ir.GlobalVariable:
    """The pyuk_type of tuples whose kinds ``symbol`` spells: ``tuple_iof``
    (one letter per item: int, obj, float, bool) or ``tuple_v_i`` (any
    number of items of one kind)."""
    name = f"pyuk.{symbol}"
    existing = parent.ll.globals.get(name)
    if isinstance(existing, ir.GlobalVariable):
        return existing
    spec = symbol[len("tuple_"):]
    kinds = [KIND_LETTERS[spec[2]]] if spec.startswith("v_") else [KIND_LETTERS[c] for c in spec]
    has_refs = KIND_LETTERS["o"] in kinds
    kinds_type = ir.ArrayType(abi.I8, max(len(kinds), 1))
    kinds_var = ir.GlobalVariable(parent.ll, kinds_type, name=f"{name}.kinds")
    kinds_var.linkage = "internal"
    kinds_var.global_constant = True
    kinds_var.initializer = ir.Constant(kinds_type, kinds or [0])
    null = ir.Constant(abi.PTR, None)
    trace: ir.Value = null
    if has_refs:
        trace = parent._external_function(
            "pyuk_trace_tuple", ir.FunctionType(abi.VOID, [abi.PTR, abi.PTR]))
    var = ir.GlobalVariable(parent.ll, PYUK_TYPE, name=name)
    var.linkage = "internal"
    var.global_constant = True
    var.align = 8
    var.initializer = ir.Constant(PYUK_TYPE, [
        parent.cstring("tuple"), null,
        ir.Constant(abi.I32, FAMILY_TUPLE), ir.Constant(abi.I32, 0),
        null, ir.Constant(abi.I32, TUPLE_ITEMS), ir.Constant(abi.I32, len(kinds)),
        trace, null, kinds_var, null, null,
    ])
    return var


@op("tuple.type")
def _tuple_type(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    e.store(instr.dest, tuple_descriptor(e.parent, instr.symbol))


@op("tuple.new")
def _tuple_new(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    descriptor = tuple_descriptor(e.parent, instr.symbol)
    words = [e.value(a) for a in instr.args]
    new = e.parent._external_function(
        "pyuk_tuple_new", ir.FunctionType(abi.PTR, [abi.PTR, abi.I64]))
    t = e.b.call(new, [descriptor, _i64(len(words))])
    e.check_exception(Instr("rtcall", symbol="pyuk_list_new", line=instr.line,
                            handler=instr.handler))
    for i, w in enumerate(words):
        e.b.store(w, _field(e, t, TUPLE_ITEMS + 8 * i))
    e.store(instr.dest, t)


@op("tuple.item")
def _tuple_item(e: FunctionEmitter, instr: Instr) -> None:
    t, index = e.value(instr.args[0]), e.value(instr.args[1])
    items = _field(e, t, TUPLE_ITEMS)
    e.store(instr.dest, e.b.load(_item_ptr(e, items, index), typ=abi.I64))
