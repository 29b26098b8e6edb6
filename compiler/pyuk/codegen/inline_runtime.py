"""Fast paths of hot runtime calls, inlined into compiled code.

``rtcall @pyuk_bytes_getitem b, i`` is a call, a test of the pending
exception, and a result LLVM knows nothing about (so ``b[i] << 24`` keeps
its overflow check).  Here such calls get their common case inline -- a
bounds check and a byte load whose range LLVM then knows -- and fall back
to the very same runtime call for everything else (a negative index out of
range, growth, a bad value), which raises exactly as before.  The IR does
not change: the back end picks the expansion by the runtime symbol.

Layouts read here are part of the runtime ABI (runtime-c/include/pyuk/
runtime.h and bytes.h); codegen/abi.py lists the offsets.
"""

from __future__ import annotations

from collections.abc import Callable

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.emitter import FunctionEmitter
from pyuk.codegen.tbaa import BYTE, HEADER, tag
from pyuk.ir.nodes import Const, Instr

# Fast path: returns (condition for the fast path, a function that emits it
# and returns its value or None).
Expansion = Callable[[FunctionEmitter, list[ir.Value]],
                     tuple[ir.Value, Callable[[], ir.Value | None]]]
EXPANSIONS: dict[str, Expansion] = {}

_LIKELY = 2000  # branch weight of the fast path against 1


def expansion(name: str) -> Callable[[Expansion], Expansion]:
    def register(fn: Expansion) -> Expansion:
        EXPANSIONS[name] = fn
        return fn

    return register


def _i64(value: int) -> ir.Constant:
    return ir.Constant(abi.I64, value)


def _field(e: FunctionEmitter, obj: ir.Value, offset: int, typ: ir.Type) -> ir.Value:
    """A size, capacity or data-pointer field (codegen/tbaa.py: header)."""
    address = e.b.gep(obj, [_i64(offset)], source_etype=abi.I8, inbounds=True)
    return tag(e.b.load(address, typ=typ), HEADER)


def _normalise_index(e: FunctionEmitter, index: ir.Value,
                     size: ir.Value) -> tuple[ir.Value, ir.Value]:
    """(index adjusted for negatives, in bounds?) as CPython: i < 0 counts
    from the end."""
    negative = e.b.icmp_signed("<", index, _i64(0))
    adjusted = e.b.add(index, e.b.select(negative, size, _i64(0)))
    return adjusted, e.b.icmp_unsigned("<", adjusted, size)


def _load_byte(e: FunctionEmitter, data: ir.Value, index: ir.Value) -> ir.Value:
    address = e.b.gep(data, [index], source_etype=abi.I8, inbounds=True)
    return e.b.zext(tag(e.b.load(address, typ=abi.I8), BYTE), abi.I64)


@expansion("pyuk_bytes_getitem")
def _bytes_getitem(e: FunctionEmitter, args: list[ir.Value]
                   ) -> tuple[ir.Value, Callable[[], ir.Value | None]]:
    obj, index = args
    size = _field(e, obj, abi.STR_SIZE_OFFSET, abi.I64)
    adjusted, ok = _normalise_index(e, index, size)

    def fast() -> ir.Value:
        data = e.b.gep(obj, [_i64(abi.STR_DATA_OFFSET)], source_etype=abi.I8, inbounds=True)
        return _load_byte(e, data, adjusted)

    return ok, fast


@expansion("pyuk_str_getitem")
def _str_getitem(e: FunctionEmitter, args: list[ir.Value]
                 ) -> tuple[ir.Value, Callable[[], ir.Value | None]]:
    """s[i] of ASCII text (length == size): the runtime's static
    one-character string, once it exists (the runtime makes it on first use)."""
    obj, index = args
    length = _field(e, obj, abi.STR_LENGTH_OFFSET, abi.I64)
    size = _field(e, obj, abi.STR_SIZE_OFFSET, abi.I64)
    adjusted, in_range = _normalise_index(e, index, length)
    ascii = e.b.icmp_signed("==", length, size)
    data = e.b.gep(obj, [_i64(abi.STR_DATA_OFFSET)], source_etype=abi.I8, inbounds=True)
    # a str's data ends with a NUL: the byte at `adjusted` is readable only
    # when in range, so read it behind that test (select keeps it safe)
    safe_index = e.b.select(e.b.and_(ascii, in_range), adjusted, _i64(0))
    byte = _load_byte(e, data, safe_index)
    table = e.parent.external_global(abi.LATIN1_CHARS, ir.ArrayType(abi.I8, 0))
    entry = e.b.gep(table, [e.b.mul(byte, _i64(abi.LATIN1_CHAR_SIZE))],
                    source_etype=abi.I8, inbounds=True)
    made = e.b.icmp_unsigned("!=", tag(e.b.load(entry, typ=abi.PTR), HEADER),
                             ir.Constant(abi.PTR, None))
    ready = e.b.and_(e.b.and_(ascii, in_range), made)

    def fast() -> ir.Value:
        return entry

    return ready, fast


@expansion("pyuk_bytearray_getitem")
def _bytearray_getitem(e: FunctionEmitter, args: list[ir.Value]
                       ) -> tuple[ir.Value, Callable[[], ir.Value | None]]:
    obj, index = args
    size = _field(e, obj, abi.BYTEARRAY_SIZE_OFFSET, abi.I64)
    adjusted, ok = _normalise_index(e, index, size)

    def fast() -> ir.Value:
        data = _field(e, obj, abi.BYTEARRAY_DATA_OFFSET, abi.PTR)
        return _load_byte(e, data, adjusted)

    return ok, fast


@expansion("pyuk_bytearray_append")
def _bytearray_append(e: FunctionEmitter, args: list[ir.Value]
                      ) -> tuple[ir.Value, Callable[[], ir.Value | None]]:
    """A byte value and room for it and the trailing NUL: store both."""
    obj, value = args
    size = _field(e, obj, abi.BYTEARRAY_SIZE_OFFSET, abi.I64)
    capacity = _field(e, obj, abi.BYTEARRAY_CAPACITY_OFFSET, abi.I64)
    is_byte = e.b.icmp_unsigned("<", value, _i64(256))
    grown = e.b.add(size, _i64(1))
    room = e.b.icmp_signed("<", grown, capacity)

    def fast() -> None:
        data = _field(e, obj, abi.BYTEARRAY_DATA_OFFSET, abi.PTR)
        slot = e.b.gep(data, [size], source_etype=abi.I8, inbounds=True)
        tag(e.b.store(e.b.trunc(value, abi.I8), slot), BYTE)
        end = e.b.gep(data, [grown], source_etype=abi.I8, inbounds=True)
        tag(e.b.store(ir.Constant(abi.I8, 0), end), BYTE)
        size_field = e.b.gep(obj, [_i64(abi.BYTEARRAY_SIZE_OFFSET)], source_etype=abi.I8,
                             inbounds=True)
        tag(e.b.store(grown, size_field), HEADER)
        return None

    return e.b.and_(is_byte, room), fast


# Whole replacements: the call's value computed inline, no call at all.
Replacement = Callable[[FunctionEmitter, Instr, list[ir.Value]], ir.Value | None]
REPLACEMENTS: dict[str, Replacement] = {}

_MAX_INLINE_COMPARE = 8  # bytes of a str constant compared with one load


def _str_eq_constant(e: FunctionEmitter, instr: Instr, args: list[ir.Value]) -> ir.Value | None:
    """``s == "lit"`` for a short literal: the same object, or the same
    size and bytes (str equality is equality of the UTF-8 bytes).  The
    comparison loads exactly ``size`` bytes, which the other string has
    once its size is known to match."""
    constants = [(i, a) for i, a in enumerate(instr.args)
                 if isinstance(a, Const) and isinstance(a.value, str)]
    if not constants:
        return None
    index, const = constants[-1]
    assert isinstance(const.value, str)
    data = const.value.encode("utf-8", "surrogatepass")
    if len(data) > _MAX_INLINE_COMPARE:
        return None
    other = args[1 - index]
    literal = args[index]
    same = e.b.icmp_unsigned("==", other, literal)
    size = _field(e, other, abi.STR_SIZE_OFFSET, abi.I64)
    size_ok = e.b.icmp_signed("==", size, _i64(len(data)))
    if not data:
        return e.b.or_(same, size_ok)
    start = e.b.block
    compare = e.llfn.append_basic_block()
    join = e.llfn.append_basic_block()
    e.b.cbranch(size_ok, compare, join)
    e.b.position_at_end(compare)
    width = ir.IntType(8 * len(data))
    address = e.b.gep(other, [_i64(abi.STR_DATA_OFFSET)], source_etype=abi.I8, inbounds=True)
    loaded = tag(e.b.load(address, typ=width), BYTE)
    loaded.align = 1
    bytes_ok = e.b.icmp_unsigned("==", loaded, ir.Constant(width, int.from_bytes(data, "little")))
    e.b.branch(join)
    e.b.position_at_end(join)
    result = e.b.phi(abi.I1)
    result.add_incoming(ir.Constant(abi.I1, 0), start)
    result.add_incoming(bytes_ok, compare)
    return e.b.or_(same, result)


REPLACEMENTS["pyuk_str_eq"] = _str_eq_constant

# dict lookups with an unboxed int key (kind 0): the runtime's int entry
# points probe without hashing dispatch or generic equality.
_INT_KEY_VARIANTS: dict[str, tuple[str, bool]] = {
    # generic name: (int variant, can raise)
    "pyuk_dict_getitem": ("pyuk_dict_getitem_int", True),
    "pyuk_dict_contains": ("pyuk_dict_contains_int", False),
    "pyuk_dict_get": ("pyuk_dict_get_int", False),
}


def _dict_int_key(e: FunctionEmitter, instr: Instr, args: list[ir.Value]) -> ir.Value | None:
    assert instr.symbol is not None
    kind = instr.args[2] if len(instr.args) > 2 else None
    if not (isinstance(kind, Const) and kind.value == 0):  # PYUK_KIND_INT
        return None
    name, raises = _INT_KEY_VARIANTS[instr.symbol]
    generic = e.parent.runtime_function(instr.symbol)
    params = [a.type for a in args[:2]] + [a.type for a in args[3:]]
    fn = e.parent._external_function(name, ir.FunctionType(generic.return_value.type, params))
    result = e.b.call(fn, args[:2] + args[3:])
    if raises:
        e.check_exception(instr)
    return result


for _generic in _INT_KEY_VARIANTS:
    REPLACEMENTS[_generic] = _dict_int_key


def _ascii_class_test(e: FunctionEmitter, byte: ir.Value, name: str) -> ir.Value:
    """str.isalpha() & co. of one ASCII character (the Unicode tables agree
    with these ranges below U+0080)."""
    def between(lo: int, hi: int) -> ir.Value:
        return e.b.icmp_unsigned("<=", e.b.sub(byte, _i64(lo)), _i64(hi - lo))

    folded = e.b.or_(byte, _i64(0x20))
    alpha = e.b.icmp_unsigned("<=", e.b.sub(folded, _i64(ord("a"))), _i64(25))
    digit = between(ord("0"), ord("9"))
    if name in ("pyuk_str_isdigit", "pyuk_str_isdecimal", "pyuk_str_isnumeric"):
        return digit
    if name == "pyuk_str_isalpha":
        return alpha
    if name == "pyuk_str_isalnum":
        return e.b.or_(alpha, digit)
    # isspace: \t..\r, \x1c..\x1f and ' '
    space = e.b.or_(between(0x09, 0x0D), between(0x1C, 0x20))
    return space


def _one_ascii_char_predicate(name: str) -> Expansion:
    def make(e: FunctionEmitter, args: list[ir.Value]
             ) -> tuple[ir.Value, Callable[[], ir.Value | None]]:
        (obj,) = args
        size = _field(e, obj, abi.STR_SIZE_OFFSET, abi.I64)
        one = e.b.icmp_signed("==", size, _i64(1))
        first = e.b.gep(obj, [_i64(abi.STR_DATA_OFFSET)], source_etype=abi.I8, inbounds=True)
        # a str's data ends with a NUL, so its first byte is always there
        byte = e.b.zext(tag(e.b.load(first, typ=abi.I8), BYTE), abi.I64)
        ascii = e.b.icmp_unsigned("<", byte, _i64(0x80))

        def fast() -> ir.Value:
            return _ascii_class_test(e, byte, name)

        return e.b.and_(one, ascii), fast

    return make


for _name in ("pyuk_str_isalpha", "pyuk_str_isdigit", "pyuk_str_isdecimal",
              "pyuk_str_isnumeric", "pyuk_str_isalnum", "pyuk_str_isspace"):
    EXPANSIONS[_name] = _one_ascii_char_predicate(_name)


def emit_inline_rtcall(e: FunctionEmitter, instr: Instr, args: list[ir.Value]) -> bool:
    """Emits ``instr`` (an rtcall) with its inline fast path; False when the
    runtime function has none."""
    assert instr.symbol is not None
    replace = REPLACEMENTS.get(instr.symbol)
    if replace is not None:
        value = replace(e, instr, args)
        if value is not None:
            if instr.dest is not None:
                e.store(instr.dest, value)
            return True
    make = EXPANSIONS.get(instr.symbol)
    if make is None:
        return False
    condition, fast = make(e, args)
    fast_block = e.llfn.append_basic_block()
    slow_block = e.llfn.append_basic_block()
    join = e.llfn.append_basic_block()
    branch = e.b.cbranch(condition, fast_block, slow_block)
    branch.set_metadata("prof", e.b.module.add_metadata(
        ["branch_weights", ir.Constant(abi.I32, _LIKELY), ir.Constant(abi.I32, 1)]))
    e.b.position_at_end(fast_block)
    fast_value = fast()
    fast_end = e.b.block
    e.b.branch(join)
    e.b.position_at_end(slow_block)
    slow_value = e.b.call(e.parent.runtime_function(instr.symbol), args)
    e.check_exception(instr)
    slow_end = e.b.block
    e.b.branch(join)
    e.b.position_at_end(join)
    if instr.dest is not None:
        assert fast_value is not None
        result = e.b.phi(fast_value.type)
        result.add_incoming(fast_value, fast_end)
        result.add_incoming(slow_value, slow_end)
        e.store(instr.dest, result)
    return True


_LIBM_POW = "pyuk_libm_pow"


def emit_float_pow(e: FunctionEmitter, instr: Instr, x: ir.Value, y: ir.Value) -> None:
    """x ** y on floats: for a positive finite base and a finite exponent
    CPython's float_pow is libm's pow unless that overflows (runtime-c/core/
    float_arith.c), so that case calls pow directly; every other case (zero,
    negative, inf, nan operands; an infinite result) takes the runtime's
    pyuk_op_float_pow, which raises as CPython does."""
    inf = ir.Constant(abi.F64, float("inf"))
    fabs = e.b.module.declare_intrinsic("llvm.fabs", [abi.F64])
    positive = e.b.fcmp_ordered(">", x, ir.Constant(abi.F64, 0.0))
    finite_x = e.b.fcmp_ordered("<", x, inf)
    finite_y = e.b.fcmp_ordered("<", e.b.call(fabs, [y]), inf)
    simple = e.b.and_(positive, e.b.and_(finite_x, finite_y))
    fast_block = e.llfn.append_basic_block()
    slow_block = e.llfn.append_basic_block()
    join = e.llfn.append_basic_block()
    branch = e.b.cbranch(simple, fast_block, slow_block)
    weights = [ir.Constant(abi.I32, _LIKELY), ir.Constant(abi.I32, 1)]
    branch.set_metadata("prof", e.b.module.add_metadata(["branch_weights", *weights]))
    e.b.position_at_end(fast_block)
    # pyuk_libm_pow (runtime-c/core/libm.c), not pow itself: LLVM would turn
    # pow(x, 0.5) into sqrt(x), which differs from glibc's pow (CPython's) in
    # about one case in a thousand.  musl's pow writes no errno, hence readnone.
    pow_fn = e.parent.ll.globals.get(_LIBM_POW)
    if not isinstance(pow_fn, ir.Function):
        pow_fn = ir.Function(e.parent.ll, ir.FunctionType(abi.F64, [abi.F64, abi.F64]),
                             _LIBM_POW)
        pow_fn.attributes.add("nounwind")
        pow_fn.attributes.add("readnone")
    fast_value = e.b.call(pow_fn, [x, y])
    in_range = e.b.fcmp_ordered("<", fast_value, inf)
    fast_end = e.b.block
    branch = e.b.cbranch(in_range, join, slow_block)
    branch.set_metadata("prof", e.b.module.add_metadata(["branch_weights", *weights]))
    e.b.position_at_end(slow_block)
    slow_value = e.b.call(e.parent.runtime_function("pyuk_op_float_pow"), [x, y])
    e.check_exception(Instr("rtcall", symbol="pyuk_op_float_pow", line=instr.line,
                            handler=instr.handler))
    slow_end = e.b.block
    e.b.branch(join)
    e.b.position_at_end(join)
    result = e.b.phi(abi.F64)
    result.add_incoming(fast_value, fast_end)
    result.add_incoming(slow_value, slow_end)
    e.store(instr.dest, result)
