"""Type descriptors of compiled classes, and the ops on their instances.

Each ``ClassIR`` becomes constants matching runtime-c/include/pyuk
(runtime.h's ``pyuk_type`` and ``pyuk_special_methods``, instance.h's
``pyuk_class_info``; runtime-c/core/instance.c asserts the offsets):

    type.<cls>      pyuk_type {name, module, family, flags, base, size, ...}
    <cls>.ptrmap    bit i: word i after the header is a reference
    <cls>.special   flattened hooks: repr, str, eq, hash, lt
    <cls>.vtable    [class info, slot 0, slot 1, ...]
    <cls>.info      pyuk_class_info: protocol table, fields, enum members

See docs/classes.md for the object model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.ops import op, pack_word, unpack_word
from pyuk.ir.classes import (
    FIELD_FLAGS_SHIFT,
    KIND_ENUM,
    KIND_EXCEPTION,
    KIND_NAMEDTUPLE,
    KIND_PROTOCOL,
    ClassIR,
)
from pyuk.ir.nodes import Instr
from pyuk.ir.opcodes import op_can_raise
from pyuk.ir.types import INT, Repr, RType

if TYPE_CHECKING:
    from pyuk.codegen.emitter import FunctionEmitter, ModuleEmitter

# struct pyuk_type (runtime.h)
PYUK_TYPE = ir.LiteralStructType(
    [abi.PTR, abi.PTR, abi.I32, abi.I32, abi.PTR, abi.I32, abi.I32,
     abi.PTR, abi.PTR, abi.PTR, abi.PTR, abi.PTR]
)
TYPE_VTABLE_OFFSET = 72
# struct pyuk_special_methods, in field order
SPECIAL_HOOKS = ("repr", "str", "eq", "hash", "lt")
SPECIAL = ir.LiteralStructType([abi.PTR] * len(SPECIAL_HOOKS))
# hook signatures, for declaring the runtime's implementations
_HOOK_TYPES = {
    "repr": ir.FunctionType(abi.PTR, [abi.PTR]),
    "str": ir.FunctionType(abi.PTR, [abi.PTR]),
    "eq": ir.FunctionType(abi.I1, [abi.PTR, abi.PTR]),
    "hash": ir.FunctionType(abi.I64, [abi.PTR]),
    "lt": ir.FunctionType(abi.I1, [abi.PTR, abi.PTR]),
}
# instance.h
CLASS_INFO = ir.LiteralStructType([abi.PTR, abi.I64, abi.PTR, abi.I64, abi.PTR, abi.I64, abi.PTR])
FIELD_INFO = ir.LiteralStructType([abi.PTR, abi.I32, abi.I32])
PROTOCOL_ENTRY = ir.LiteralStructType([abi.I64, abi.PTR])
BOX_INT = ir.LiteralStructType([abi.PTR, abi.I64])

# pyuk_type_family (runtime.h)
FAMILY_INT = 1
FAMILY_TUPLE = 8
FAMILY_INSTANCE = 13
TYPE_FLAG_EXCEPTION = 1
# pyuk_kind
KIND_INT, KIND_FLOAT, KIND_BOOL, KIND_OBJ = 0, 1, 2, 3

OBJECT_HEADER = 8
TUPLE_HEADER = 16  # pyuk_tuple: header, length


def word_kind(rtype: RType) -> int:
    """The pyuk_kind a value of this type has in a container word."""
    if rtype.repr is Repr.F64:
        return KIND_FLOAT
    if rtype.repr is Repr.BOOL:
        return KIND_BOOL
    if rtype.repr is Repr.I64:
        return KIND_INT
    return KIND_OBJ


def descriptor_name(cls_name: str) -> str:
    return f"type.{cls_name}"


# ops that raise only builtin errors and call no user code
_NO_HOOK_PREFIXES = ("int.", "float.", "global.load_checked", "field.", "list.get", "list.set")


class ClassEmitter:
    """Emits the descriptors of a module's classes; the op emitters below
    find slots, vtable indices and selectors through it."""

    def __init__(self, parent: ModuleEmitter) -> None:
        self.parent = parent
        self.ll = parent.ll
        self.classes = {c.name: c for c in parent.module.classes}
        self.descriptors: dict[str, ir.GlobalVariable] = {}
        self.vtable_slot: dict[str, int] = {}
        self.selectors: dict[str, int] = {}
        self.selector_types: dict[str, ir.FunctionType] = {}
        self.members: dict[str, ir.GlobalVariable] = {}
        self.address_taken: set[str] = set()

    # ---- module level ----

    def emit(self) -> None:
        classes = self.parent.module.classes
        for cls in classes:
            if cls.kind == KIND_PROTOCOL:
                continue
            var = ir.GlobalVariable(self.ll, PYUK_TYPE, name=descriptor_name(cls.name))
            var.linkage = "internal"
            var.global_constant = True
            var.align = 8
            self.descriptors[cls.name] = var
        selector_names = sorted(
            s.name for c in classes if c.kind == KIND_PROTOCOL for s in c.selectors
        )
        for i, name in enumerate(selector_names):
            self.selectors[name] = i + 1
        for cls in classes:
            for s in cls.selectors:
                params = [abi.PTR] + [abi.llvm_type(p) for p in s.params]
                self.selector_types[s.name] = ir.FunctionType(abi.llvm_type(s.result), params)
        for cls in classes:
            for i, symbol in enumerate(cls.vtable):
                self.vtable_slot[symbol] = i
        for cls in classes:
            if cls.kind != KIND_PROTOCOL:
                self._emit_class(cls)
        for name in self.address_taken:
            fn = self.parent.functions.get(name)
            if fn is not None and fn.function_type.return_type == abi.I1:
                fn.return_value.attributes.add("zeroext")

    def may_recurse(self) -> set[str]:
        """The functions reached through vtables, protocol tables and hooks
        that can be on a cycle through an indirect call: those that reach
        (through direct calls) a function making an indirect call, or a
        runtime call that may run a hook.  They get the stack check of
        recursive functions; leaf methods (getters) do not."""
        from pyuk.ir.runtime_api import RUNTIME_FUNCTIONS

        indirect_ops = {"method.vcall", "method.pcall", "class.vcall", "closure.call"}
        callers: dict[str, set[str]] = {}
        seeds: set[str] = set()
        for fn in self.parent.module.functions:
            for block in fn.blocks:
                for instr in block.instrs:
                    if instr.op in indirect_ops:
                        seeds.add(fn.name)
                    elif instr.op == "rtcall" and instr.symbol is not None:
                        decl = RUNTIME_FUNCTIONS.get(instr.symbol)
                        if decl is None or decl.raises:
                            seeds.add(fn.name)  # may call a user hook
                    elif instr.op == "call" and instr.symbol is not None:
                        callers.setdefault(instr.symbol, set()).add(fn.name)
                    elif op_can_raise(instr.op, instr.symbol) and not instr.op.startswith(
                            _NO_HOOK_PREFIXES):
                        seeds.add(fn.name)  # runtime code underneath: conservatively, hooks
        reaching = set(seeds)
        work = list(seeds)
        while work:
            for caller in callers.get(work.pop(), ()):
                if caller not in reaching:
                    reaching.add(caller)
                    work.append(caller)
        return self.address_taken & reaching

    def descriptor(self, cls_name: str) -> ir.GlobalVariable:
        return self.descriptors[cls_name]

    def _function(self, symbol: str, hook: str | None = None) -> ir.Function:
        """A compiled function, or a runtime function (hooks and C helpers)."""
        fn = self.parent.functions.get(symbol)
        if fn is not None:
            self.address_taken.add(symbol)
            return fn
        assert hook is not None, f"unknown function {symbol}"
        return self.parent._external_function(symbol, _HOOK_TYPES[hook])

    def _constant(self, name: str, value: ir.Constant) -> ir.GlobalVariable:
        var = ir.GlobalVariable(self.ll, value.type, name=name)
        var.linkage = "internal"
        var.global_constant = True
        var.align = 8
        var.initializer = value
        return var

    def _base(self, cls: ClassIR) -> ir.Constant | ir.GlobalVariable:
        if cls.base is None:
            return ir.Constant(abi.PTR, None)
        if cls.base_is_runtime:
            return self.parent.external_global(cls.base, abi.I8)
        return self.descriptors[cls.base]

    def _emit_class(self, cls: ClassIR) -> None:
        null = ir.Constant(abi.PTR, None)
        family, flags = FAMILY_INSTANCE, 0
        size = OBJECT_HEADER + 8 * (cls.header_words + len(cls.fields))
        trace: ir.Constant | ir.Function = null
        ptrmap: ir.Constant | ir.GlobalVariable = null
        item_kinds: ir.Constant | ir.GlobalVariable = null
        nitem_kinds = 0
        if cls.kind == KIND_EXCEPTION:
            flags = TYPE_FLAG_EXCEPTION
        if cls.kind == KIND_NAMEDTUPLE:
            family = FAMILY_TUPLE
            size = TUPLE_HEADER
            kinds = bytearray(word_kind(f.type) for f in cls.fields)
            nitem_kinds = len(kinds)
            if nitem_kinds:
                item_kinds = self._constant(
                    f"{cls.name}.item_kinds", ir.Constant(ir.ArrayType(abi.I8, len(kinds)), kinds)
                )
            if KIND_OBJ in kinds:
                trace = self._trace_function("pyuk_trace_tuple")
        elif cls.kind == KIND_ENUM:
            family = FAMILY_INT
            size = 16
        else:
            refs = 0x17 if cls.kind == KIND_EXCEPTION else 0
            for i, f in enumerate(cls.fields):
                if f.type.is_ref:
                    refs |= 1 << (cls.header_words + i)
            if refs:
                nwords = (cls.header_words + len(cls.fields) + 63) // 64
                words = [(refs >> (64 * w)) & (2**64 - 1) for w in range(nwords)]
                ptrmap = self._constant(
                    f"{cls.name}.ptrmap",
                    ir.Constant(ir.ArrayType(abi.I64, nwords), [ir.Constant(abi.I64, w)
                                                                for w in words]),
                )
                trace = self._trace_function("pyuk_trace_fixed")
        special: ir.Constant | ir.GlobalVariable = null
        if cls.special:
            hooks = [
                self._function(cls.special[h], h) if h in cls.special else null
                for h in SPECIAL_HOOKS
            ]
            special = self._constant(f"{cls.name}.special", ir.Constant(SPECIAL, hooks))
        vtable = self._vtable(cls)
        descriptor = self.descriptors[cls.name]
        descriptor.initializer = ir.Constant(
            PYUK_TYPE,
            [
                self.parent.cstring(cls.display),
                self.parent.cstring(cls.module),
                ir.Constant(abi.I32, family),
                ir.Constant(abi.I32, flags),
                self._base(cls),
                ir.Constant(abi.I32, size),
                ir.Constant(abi.I32, nitem_kinds),
                trace,
                ptrmap,
                item_kinds,
                special,
                vtable,
            ],
        )

    def _trace_function(self, name: str) -> ir.Function:
        fnty = ir.FunctionType(abi.VOID, [abi.PTR, abi.PTR])
        return self.parent._external_function(name, fnty)

    def _vtable(self, cls: ClassIR) -> ir.Constant | ir.GlobalVariable:
        null = ir.Constant(abi.PTR, None)
        info = self._class_info(cls)
        if info is None and not cls.vtable:
            return null
        entries: list[ir.Constant | ir.GlobalVariable | ir.Function] = [
            info if info is not None else null
        ]
        entries += [self._function(symbol) for symbol in cls.vtable]
        array = ir.ArrayType(abi.PTR, len(entries))
        return self._constant(f"{cls.name}.vtable", ir.Constant(array, entries))

    def _class_info(self, cls: ClassIR) -> ir.GlobalVariable | None:
        null = ir.Constant(abi.PTR, None)
        protocol: ir.Constant | ir.GlobalVariable = null
        fields: ir.Constant | ir.GlobalVariable = null
        members: ir.Constant | ir.GlobalVariable = null
        names: ir.Constant | ir.GlobalVariable = null
        table = sorted(
            (self.selectors[sel], self._function(fn))
            for sel, fn in cls.protocol_methods.items()
            if sel in self.selectors
        )
        if table:
            array = ir.ArrayType(PROTOCOL_ENTRY, len(table))
            protocol = self._constant(
                f"{cls.name}.protocol",
                ir.Constant(array, [ir.Constant(PROTOCOL_ENTRY, [ir.Constant(abi.I64, s), fn])
                                    for s, fn in table]),
            )
        if cls.repr_fields:
            entries = []
            for name in cls.repr_fields:
                slot = cls.slot_of(name)
                kind = word_kind(cls.field_type(name)) | (
                    cls.field_flags.get(name, 0) << FIELD_FLAGS_SHIFT)
                entries.append(ir.Constant(FIELD_INFO, [
                    self.parent.cstring(name), ir.Constant(abi.I32, slot),
                    ir.Constant(abi.I32, kind)]))
            fields = self._constant(
                f"{cls.name}.fields", ir.Constant(ir.ArrayType(FIELD_INFO, len(entries)), entries)
            )
        if cls.members:
            objects = []
            for name, value in cls.members:
                member = ir.GlobalVariable(self.ll, BOX_INT, name=f"{cls.name}.{name}")
                member.linkage = "internal"
                member.global_constant = True
                member.align = 16  # objects are 16-byte aligned, like the heap's
                member.initializer = ir.Constant(
                    BOX_INT, [self.descriptors[cls.name], ir.Constant(abi.I64, value)]
                )
                self.members[f"{cls.name}.{name}"] = member
                objects.append(member)
            members = self._constant(
                f"{cls.name}.members", ir.Constant(ir.ArrayType(abi.PTR, len(objects)), objects)
            )
            names = self._constant(
                f"{cls.name}.member_names",
                ir.Constant(ir.ArrayType(abi.PTR, len(objects)),
                            [self.parent.cstring(n) for n, _ in cls.members]),
            )
        if not (table or cls.repr_fields or cls.members):
            return None
        return self._constant(
            f"{cls.name}.info",
            ir.Constant(CLASS_INFO, [
                protocol, ir.Constant(abi.I64, len(table)),
                fields, ir.Constant(abi.I64, len(cls.repr_fields)),
                members, ir.Constant(abi.I64, len(cls.members)), names,
            ]),
        )

    # ---- lookups for the op emitters ----

    def field_offset(self, symbol: str) -> int:
        cls_name, field_name = symbol.rsplit(".", 1)
        cls = self.classes[cls_name]
        if cls.kind == KIND_NAMEDTUPLE:
            return TUPLE_HEADER + 8 * cls.slot_of(field_name)
        return OBJECT_HEADER + 8 * cls.slot_of(field_name)


def _classes(e: FunctionEmitter) -> ClassEmitter:
    emitter = e.parent.class_emitter
    assert isinstance(emitter, ClassEmitter)
    return emitter


def _i64(value: int) -> ir.Constant:
    return ir.Constant(abi.I64, value)


def _alloc(e: FunctionEmitter) -> ir.Function:
    return e.parent._external_function("pyuk_alloc", ir.FunctionType(abi.PTR, [abi.PTR, abi.I64]))


@op("obj.new")
def _obj_new(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    c = _classes(e)
    cls = c.classes[instr.symbol]
    size = OBJECT_HEADER + 8 * (cls.header_words + len(cls.fields))
    result = e.b.call(_alloc(e), [c.descriptor(instr.symbol), _i64(size)])
    e.check_exception(instr)
    e.store(instr.dest, result)


@op("namedtuple.new")
def _namedtuple_new(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    c = _classes(e)
    n = len(instr.args)
    result = e.b.call(_alloc(e), [c.descriptor(instr.symbol), _i64(TUPLE_HEADER + 8 * n)])
    e.check_exception(instr)
    e.b.store(_i64(n), e.b.gep(result, [_i64(8)], source_etype=abi.I8))
    for i, arg in enumerate(instr.args):
        slot = e.b.gep(result, [_i64(TUPLE_HEADER + 8 * i)], source_etype=abi.I8)
        e.b.store(pack_word(e, e.value(arg)), slot)
    e.store(instr.dest, result)


def _slot(e: FunctionEmitter, obj: ir.Value, offset: int) -> ir.Value:
    return e.b.gep(obj, [_i64(offset)], source_etype=abi.I8)


@op("field.get")
def _field_get(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None and instr.dest is not None
    offset = _classes(e).field_offset(instr.symbol)
    word = e.b.load(_slot(e, e.value(instr.args[0]), offset), typ=abi.I64)
    e.store(instr.dest, unpack_word(e, word, abi.llvm_type(instr.dest.type)))


@op("field.set")
def _field_set(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    offset = _classes(e).field_offset(instr.symbol)
    obj, value = e.value(instr.args[0]), e.value(instr.args[1])
    e.b.store(pack_word(e, value), _slot(e, obj, offset))


@op("namedtuple.item")
def _namedtuple_item(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.dest is not None
    index = instr.args[1]
    assert index.type == INT
    tup = e.value(instr.args[0])
    offset = e.b.add(_i64(TUPLE_HEADER), e.b.mul(e.value(index), _i64(8)))
    word = e.b.load(e.b.gep(tup, [offset], source_etype=abi.I8), typ=abi.I64)
    e.store(instr.dest, unpack_word(e, word, abi.llvm_type(instr.dest.type)))


def _load_type(e: FunctionEmitter, obj: ir.Value) -> ir.Value:
    return e.b.load(obj, typ=abi.PTR)


def _indirect_call(e: FunctionEmitter, fn: ir.Value, args: list[ir.Value],
                   fnty: ir.FunctionType) -> ir.Value:
    """A call through a function pointer: llvmlite reads the callee's type
    from ``function_type``, which a loaded pointer does not have."""
    base = type(fn)
    typed = _TYPED_CLASSES.get(base)
    if typed is None:
        typed = type(f"FunctionPointer{base.__name__}", (base,), {
            "function_type": property(lambda self: self.pointed_function_type),
        })
        _TYPED_CLASSES[base] = typed
    fn.__class__ = typed
    fn.pointed_function_type = fnty
    return e.b.call(fn, args)


# instruction class -> its subclass whose ``function_type`` is set per value
_TYPED_CLASSES: dict[type, type] = {}


@op("method.vcall", "class.vcall")
def _method_vcall(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    c = _classes(e)
    target = e.parent.functions[instr.symbol]
    args = [e.value(a) for a in instr.args]
    # a method's receiver is an object (its type is in the header); a
    # constructor's is the class object itself
    descriptor = args[0] if instr.op == "class.vcall" else _load_type(e, args[0])
    vtable = e.b.load(_slot(e, descriptor, TYPE_VTABLE_OFFSET), typ=abi.PTR)
    index = c.vtable_slot[instr.symbol]
    fn = e.b.load(_slot(e, vtable, 8 * (1 + index)), typ=abi.PTR)
    result = _indirect_call(e, fn, args, target.function_type)
    e.check_exception(instr)
    if instr.dest is not None:
        e.store(instr.dest, result)


@op("method.pcall")
def _method_pcall(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    c = _classes(e)
    args = [e.value(a) for a in instr.args]
    lookup = e.parent._external_function(
        "pyuk_protocol_lookup", ir.FunctionType(abi.PTR, [abi.PTR, abi.I64])
    )
    fn = e.b.call(lookup, [args[0], _i64(c.selectors[instr.symbol])])
    result = _indirect_call(e, fn, args, c.selector_types[instr.symbol])
    e.check_exception(instr)
    if instr.dest is not None:
        e.store(instr.dest, result)


@op("obj.isinstance")
def _obj_isinstance(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    c = _classes(e)
    cls = c.classes[instr.symbol]
    obj = e.value(instr.args[0])
    test = e.llfn.append_basic_block()
    done = e.llfn.append_basic_block()
    start = e.b.block
    e.b.cbranch(e.b.icmp_unsigned("==", obj, ir.Constant(abi.PTR, None)), done, test)
    e.b.position_at_end(test)
    type_ = _load_type(e, obj)
    if cls.has_subclasses:
        subtype = e.parent._external_function(
            "pyuk_is_subtype", ir.FunctionType(abi.I1, [abi.PTR, abi.PTR])
        )
        answer = e.b.call(subtype, [type_, c.descriptor(cls.name)])
    else:
        answer = e.b.icmp_unsigned("==", type_, c.descriptor(cls.name))
    tested = e.b.block
    e.b.branch(done)
    e.b.position_at_end(done)
    result = e.b.phi(abi.I1)
    result.add_incoming(ir.Constant(abi.I1, 0), start)
    result.add_incoming(answer, tested)
    e.store(instr.dest, result)


@op("class.ref")
def _class_ref(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    e.store(instr.dest, _classes(e).descriptor(instr.symbol))


@op("obj.type")
def _obj_type(e: FunctionEmitter, instr: Instr) -> None:
    e.store(instr.dest, _load_type(e, e.value(instr.args[0])))


@op("enum.member")
def _enum_member(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    e.store(instr.dest, _classes(e).members[instr.symbol])

