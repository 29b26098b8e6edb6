"""LLVM code for each IR opcode, one small function per op family."""

from __future__ import annotations

from collections.abc import Callable

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.emitter import FunctionEmitter
from pyuk.ir.nodes import Instr
from pyuk.ir.runtime_api import ZERO_DIVISION_CODES
from pyuk.ir.types import VOID

OpEmitter = Callable[[FunctionEmitter, Instr], None]
OP_EMITTERS: dict[str, OpEmitter] = {}

INT_MIN = -(2**63)


def op(*names: str) -> Callable[[OpEmitter], OpEmitter]:
    def register(fn: OpEmitter) -> OpEmitter:
        for name in names:
            OP_EMITTERS[name] = fn
        return fn

    return register


def emit_instr(e: FunctionEmitter, instr: Instr) -> None:
    OP_EMITTERS[instr.op](e, instr)


def _args(e: FunctionEmitter, instr: Instr) -> list[ir.Value]:
    return [e.value(a) for a in instr.args]


def _i64(value: int) -> ir.Constant:
    return ir.Constant(abi.I64, value)


def _raise_if(e: FunctionEmitter, instr: Instr, cond: ir.Value, raiser: str,
              raiser_args: list[ir.Value] | None = None) -> None:
    """If ``cond``, call the runtime function that raises, then go to the
    op's error target; otherwise continue in a new block."""
    cold = e.llfn.append_basic_block()
    cont = e.llfn.append_basic_block()
    e.b.cbranch(cond, cold, cont)
    e.b.position_at_end(cold)
    e.b.call(e.parent.runtime_function(raiser), raiser_args or [])
    e.raise_to(instr)
    e.b.position_at_end(cont)


def _zero_division_if(e: FunctionEmitter, instr: Instr, cond: ir.Value) -> None:
    _raise_if(e, instr, cond, "pyuk_raise_zero_division",
              [_i64(ZERO_DIVISION_CODES[instr.op])])


# ---- data movement ----


@op("move")
def _move(e: FunctionEmitter, instr: Instr) -> None:
    e.store(instr.dest, e.value(instr.args[0]))


@op("global.load", "global.load_checked")
def _global_load(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    var = e.parent.globals[instr.symbol]
    # module constants assigned before any function can run (module_constants.py)
    constants = e.parent.module_constants
    known = constants.load_value(e.fn.name, instr.symbol)
    if known is not None and instr.dest is not None and known.type == instr.dest.type:
        e.store(instr.dest, e.constant(known))
        return
    if instr.op == "global.load_checked" and constants.needs_check(e.fn.name, instr.symbol):
        flag = e.b.load(e.parent.defined_flag(instr.symbol), typ=abi.I1)
        name = instr.symbol.rsplit(".", 1)[1]
        _raise_if(e, instr, e.b.not_(flag), "pyuk_raise_name_error",
                  [e.parent.str_constant(name)])
    e.store(instr.dest, e.b.load(var, typ=var.value_type))


@op("global.store")
def _global_store(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    e.b.store(e.value(instr.args[0]), e.parent.globals[instr.symbol])
    e.b.store(ir.Constant(abi.I1, 1), e.parent.defined_flag(instr.symbol))


# ---- int ----


def _wraps(e: FunctionEmitter, instr: Instr) -> bool:
    """Only the masked low bits of this op's result are ever used: it may
    wrap instead of raising OverflowError (codegen/masked_arith.py)."""
    from pyuk.codegen.masked_arith import wrapping_registers

    if instr.dest is None:
        return False
    constants = e.parent.module_constants
    return instr.dest in wrapping_registers(e.fn, constants.load_value)


_WRAPPING = {"llvm.sadd.with.overflow": "add", "llvm.ssub.with.overflow": "sub",
             "llvm.smul.with.overflow": "mul"}


def _checked(e: FunctionEmitter, instr: Instr, intrinsic: str) -> None:
    a, b = _args(e, instr)
    if _wraps(e, instr):
        e.store(instr.dest, getattr(e.b, _WRAPPING[intrinsic])(a, b))
        return
    fnty = ir.FunctionType(ir.LiteralStructType([abi.I64, abi.I1]), [abi.I64, abi.I64])
    fn = e.b.module.declare_intrinsic(intrinsic, [abi.I64], fnty)
    pair = e.b.call(fn, [a, b])
    _raise_if(e, instr, e.b.extract_value(pair, 1), "pyuk_raise_overflow")
    e.store(instr.dest, e.b.extract_value(pair, 0))


@op("int.add")
def _int_add(e: FunctionEmitter, instr: Instr) -> None:
    _checked(e, instr, "llvm.sadd.with.overflow")


@op("int.sub")
def _int_sub(e: FunctionEmitter, instr: Instr) -> None:
    _checked(e, instr, "llvm.ssub.with.overflow")


@op("int.mul")
def _int_mul(e: FunctionEmitter, instr: Instr) -> None:
    _checked(e, instr, "llvm.smul.with.overflow")


@op("int.add_saturating")
def _int_add_saturating(e: FunctionEmitter, instr: Instr) -> None:
    fnty = ir.FunctionType(abi.I64, [abi.I64, abi.I64])
    fn = e.b.module.declare_intrinsic("llvm.sadd.sat", [abi.I64], fnty)
    e.store(instr.dest, e.b.call(fn, _args(e, instr)))


@op("int.add_nowrap")
def _int_add_nowrap(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    e.store(instr.dest, e.b.add(a, b, flags=["nsw"]))


@op("int.floordiv")
def _int_floordiv(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    _zero_division_if(e, instr, e.b.icmp_signed("==", b, _i64(0)))
    overflow = e.b.and_(e.b.icmp_signed("==", a, _i64(INT_MIN)), e.b.icmp_signed("==", b, _i64(-1)))
    _raise_if(e, instr, overflow, "pyuk_raise_overflow")
    q = e.b.sdiv(a, b)
    r = e.b.srem(a, b)
    # round toward -inf: adjust when the remainder and divisor differ in sign
    adjust = e.b.and_(e.b.icmp_signed("!=", r, _i64(0)),
                      e.b.icmp_signed("<", e.b.xor(r, b), _i64(0)))
    e.store(instr.dest, e.b.sub(q, e.b.zext(adjust, abi.I64)))


@op("int.mod")
def _int_mod(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    _zero_division_if(e, instr, e.b.icmp_signed("==", b, _i64(0)))
    # x % -1 is 0; srem would trap on INT_MIN % -1
    safe_b = e.b.select(e.b.icmp_signed("==", b, _i64(-1)), _i64(1), b)
    r = e.b.srem(a, safe_b)
    adjust = e.b.and_(e.b.icmp_signed("!=", r, _i64(0)),
                      e.b.icmp_signed("<", e.b.xor(r, safe_b), _i64(0)))
    e.store(instr.dest, e.b.add(r, e.b.select(adjust, safe_b, _i64(0))))


@op("int.lshift")
def _int_lshift(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    _raise_if(e, instr, e.b.icmp_signed("<", b, _i64(0)), "pyuk_raise_negative_shift")
    # a << b overflows unless shifting back gives a; shifts of 64+ only keep 0
    big = e.b.icmp_signed(">=", b, _i64(64))
    count = e.b.select(big, _i64(0), b)
    shifted = e.b.shl(a, count)
    if _wraps(e, instr):  # only masked low bits are used: they are exact
        e.store(instr.dest, e.b.select(big, _i64(0), shifted))
        return
    lost = e.b.icmp_signed("!=", e.b.ashr(shifted, count), a)
    nonzero = e.b.icmp_signed("!=", a, _i64(0))
    _raise_if(e, instr, e.b.or_(lost, e.b.and_(big, nonzero)), "pyuk_raise_overflow")
    e.store(instr.dest, e.b.select(big, _i64(0), shifted))


@op("int.rshift")
def _int_rshift(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    _raise_if(e, instr, e.b.icmp_signed("<", b, _i64(0)), "pyuk_raise_negative_shift")
    count = e.b.select(e.b.icmp_signed(">", b, _i64(63)), _i64(63), b)
    e.store(instr.dest, e.b.ashr(a, count))


@op("int.and", "int.or", "int.xor")
def _int_bitwise(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    fn = {"int.and": e.b.and_, "int.or": e.b.or_, "int.xor": e.b.xor}[instr.op]
    e.store(instr.dest, fn(a, b))


@op("int.neg")
def _int_neg(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    _raise_if(e, instr, e.b.icmp_signed("==", a, _i64(INT_MIN)), "pyuk_raise_overflow")
    e.store(instr.dest, e.b.neg(a))


@op("int.abs")
def _int_abs(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    _raise_if(e, instr, e.b.icmp_signed("==", a, _i64(INT_MIN)), "pyuk_raise_overflow")
    e.store(instr.dest, e.b.select(e.b.icmp_signed("<", a, _i64(0)), e.b.neg(a), a))


@op("int.invert")
def _int_invert(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    e.store(instr.dest, e.b.not_(a))


@op("int.pow")
def _int_pow(e: FunctionEmitter, instr: Instr) -> None:
    _runtime_value(e, instr, "pyuk_op_int_pow")


@op("int.truediv")
def _int_truediv(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    _zero_division_if(e, instr, e.b.icmp_signed("==", b, _i64(0)))
    # exact when both fit in a double's 53-bit mantissa; else the runtime
    # rounds the exact quotient correctly, as CPython does
    limit = _i64(2**53)
    small_a = e.b.icmp_unsigned("<=", e.b.add(a, limit), _i64(2**54))
    small_b = e.b.icmp_unsigned("<=", e.b.add(b, limit), _i64(2**54))
    fast = e.llfn.append_basic_block()
    slow = e.llfn.append_basic_block()
    done = e.llfn.append_basic_block()
    e.b.cbranch(e.b.and_(small_a, small_b), fast, slow)
    e.b.position_at_end(fast)
    quick = e.b.fdiv(e.b.sitofp(a, abi.F64), e.b.sitofp(b, abi.F64))
    e.b.branch(done)
    e.b.position_at_end(slow)
    exact = e.b.call(e.parent.runtime_function("pyuk_op_int_truediv"), [a, b])
    e.b.branch(done)
    e.b.position_at_end(done)
    result = e.b.phi(abi.F64)
    result.add_incoming(quick, fast)
    result.add_incoming(exact, slow)
    e.store(instr.dest, result)


@op("int.to_float")
def _int_to_float(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    e.store(instr.dest, e.b.sitofp(a, abi.F64))


_INT_COMPARISONS = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


@op(*(f"int.{name}" for name in _INT_COMPARISONS))
def _int_compare(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    e.store(instr.dest, e.b.icmp_signed(_INT_COMPARISONS[instr.op[4:]], a, b))


# ---- float ----


@op("float.add", "float.sub", "float.mul")
def _float_arith(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    fn = {"float.add": e.b.fadd, "float.sub": e.b.fsub, "float.mul": e.b.fmul}[instr.op]
    e.store(instr.dest, fn(a, b))


@op("float.truediv")
def _float_truediv(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    _zero_division_if(e, instr, e.b.fcmp_ordered("==", b, ir.Constant(abi.F64, 0.0)))
    e.store(instr.dest, e.b.fdiv(a, b))


@op("float.floordiv")
def _float_floordiv(e: FunctionEmitter, instr: Instr) -> None:
    _runtime_value(e, instr, "pyuk_op_float_floordiv")


@op("float.mod")
def _float_mod(e: FunctionEmitter, instr: Instr) -> None:
    _runtime_value(e, instr, "pyuk_op_float_mod")


@op("float.pow")
def _float_pow(e: FunctionEmitter, instr: Instr) -> None:
    from pyuk.codegen.inline_runtime import emit_float_pow

    x, y = _args(e, instr)
    emit_float_pow(e, instr, x, y)


@op("float.to_int")
def _float_to_int(e: FunctionEmitter, instr: Instr) -> None:
    _runtime_value(e, instr, "pyuk_op_float_to_int")


@op("float.neg")
def _float_neg(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    e.store(instr.dest, e.b.fneg(a))


@op("float.abs")
def _float_abs(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    fabs = e.b.module.declare_intrinsic("llvm.fabs", [abi.F64])
    e.store(instr.dest, e.b.call(fabs, [a]))


@op(*(f"float.{name}" for name in _INT_COMPARISONS))
def _float_compare(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    name = instr.op[6:]
    if name == "ne":  # true for NaN, like CPython
        e.store(instr.dest, e.b.fcmp_unordered("!=", a, b))
    else:
        e.store(instr.dest, e.b.fcmp_ordered(_INT_COMPARISONS[name], a, b))


# ---- bool and references ----


@op("bool.not")
def _bool_not(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    e.store(instr.dest, e.b.not_(a))


@op("bool.and", "bool.or", "bool.eq", "bool.ne")
def _bool_binary(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    if instr.op == "bool.and":
        e.store(instr.dest, e.b.and_(a, b))
    elif instr.op == "bool.or":
        e.store(instr.dest, e.b.or_(a, b))
    else:
        e.store(instr.dest, e.b.icmp_unsigned("==" if instr.op == "bool.eq" else "!=", a, b))


@op("bool.to_int")
def _bool_to_int(e: FunctionEmitter, instr: Instr) -> None:
    (a,) = _args(e, instr)
    e.store(instr.dest, e.b.zext(a, abi.I64))


@op("ref.is", "ref.is_not")
def _ref_is(e: FunctionEmitter, instr: Instr) -> None:
    a, b = _args(e, instr)
    e.store(instr.dest, e.b.icmp_unsigned("==" if instr.op == "ref.is" else "!=", a, b))


# ---- words and boxes ----


def pack_word(e: FunctionEmitter, value: ir.Value) -> ir.Value:
    """Any register value as a 64-bit container word."""
    if value.type == abi.I64:
        return value
    if value.type == abi.F64:
        return e.b.bitcast(value, abi.I64)
    if value.type == abi.I1:
        return e.b.zext(value, abi.I64)
    return e.b.ptrtoint(value, abi.I64)


def unpack_word(e: FunctionEmitter, word: ir.Value, target: ir.Type) -> ir.Value:
    if target == abi.I64:
        return word
    if target == abi.F64:
        return e.b.bitcast(word, abi.F64)
    if target == abi.I1:
        return e.b.icmp_unsigned("!=", word, _i64(0))
    return e.b.inttoptr(word, abi.PTR)


@op("word.pack")
def _word_pack(e: FunctionEmitter, instr: Instr) -> None:
    e.store(instr.dest, pack_word(e, e.value(instr.args[0])))


@op("word.unpack")
def _word_unpack(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.dest is not None
    word = e.value(instr.args[0])
    e.store(instr.dest, unpack_word(e, word, abi.llvm_type(instr.dest.type)))


_BOXERS = {
    abi.I64: "pyuk_int_to_object",
    abi.F64: "pyuk_float_to_object",
    abi.I1: "pyuk_bool_to_object",
}


@op("box")
def _box(e: FunctionEmitter, instr: Instr) -> None:
    value = e.value(instr.args[0])
    if value.type == abi.PTR:
        e.store(instr.dest, value)
        return
    name = _BOXERS[value.type]
    result = e.b.call(e.parent.runtime_function(name), [value])
    e.check_exception(Instr("rtcall", symbol=name, line=instr.line, handler=instr.handler))
    e.store(instr.dest, result)


@op("unbox")
def _unbox(e: FunctionEmitter, instr: Instr) -> None:
    """Reads the value field of pyuk_box_int / _float / _bool (offset 8)."""
    assert instr.dest is not None
    ref = e.value(instr.args[0])
    target = abi.llvm_type(instr.dest.type)
    if target == abi.PTR:
        e.store(instr.dest, ref)
        return
    field = e.b.gep(ref, [_i64(8)], source_etype=abi.I8)
    if target == abi.F64:
        e.store(instr.dest, e.b.load(field, typ=abi.F64))
    elif target == abi.I1:
        e.store(instr.dest, e.b.icmp_unsigned("!=", e.b.load(field, typ=abi.I64), _i64(0)))
    else:
        e.store(instr.dest, e.b.load(field, typ=abi.I64))


# ---- calls ----


def _runtime_value(e: FunctionEmitter, instr: Instr, name: str) -> None:
    result = e.b.call(e.parent.runtime_function(name), _args(e, instr))
    e.check_exception(Instr("rtcall", symbol=name, line=instr.line, handler=instr.handler))
    e.store(instr.dest, result)


@op("call")
def _call(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    result = e.b.call(e.parent.functions[instr.symbol], _args(e, instr))
    e.check_exception(instr)
    if instr.dest is not None:
        e.store(instr.dest, result)


@op("rtcall")
def _rtcall(e: FunctionEmitter, instr: Instr) -> None:
    assert instr.symbol is not None
    from pyuk.codegen.inline_runtime import emit_inline_rtcall

    args = _args(e, instr)
    if emit_inline_rtcall(e, instr, args):
        return
    result = e.b.call(e.parent.runtime_function(instr.symbol), args)
    e.check_exception(instr)
    if instr.dest is not None:
        e.store(instr.dest, result)


# ---- control flow ----


@op("goto")
def _goto(e: FunctionEmitter, instr: Instr) -> None:
    e.b.branch(e.blocks[instr.labels[0]])


@op("branch")
def _branch(e: FunctionEmitter, instr: Instr) -> None:
    (cond,) = _args(e, instr)
    e.b.cbranch(cond, e.blocks[instr.labels[0]], e.blocks[instr.labels[1]])


@op("return")
def _return(e: FunctionEmitter, instr: Instr) -> None:
    if e.fn.return_type == VOID or not instr.args:
        e.b.ret_void() if e.fn.return_type == VOID else e.return_undefined()
    else:
        e.b.ret(e.value(instr.args[0]))


@op("unreachable")
def _unreachable(e: FunctionEmitter, instr: Instr) -> None:
    e.b.unreachable()


# The exc.* ops live in their own module; importing it registers them.
from pyuk.codegen import exceptions_ops  # noqa: E402, F401, I001


# ops on instances of compiled classes register themselves
from pyuk.codegen import classes as _classes  # noqa: E402,F401


# container ops (lists, tuples) register themselves
from pyuk.codegen import containers as _containers  # noqa: E402,F401


# closure and cell ops register themselves
from pyuk.codegen import closures as _closures  # noqa: E402,F401


# str/bytes ops (bytes constants) register themselves
from pyuk.codegen import text_ops as _text_ops  # noqa: E402,F401
