"""Integer arithmetic whose result is only ever masked: no overflow check.

pyuk's int is 64 bits and raises OverflowError where CPython would grow the
number.  But in ``(a + b + c) & 0xFFFFFFFF`` (hashes, checksums, CRCs,
SHA-2) only the low bits of the sum reach the program, and the low 64 bits
of a sum, difference, product or left shift are the same whether the
operation wraps or is exact.  ``&``, ``|`` and ``^`` keep that property
(bit i of the result depends on bit i of the operands only), so a whole
expression tree under a non-negative constant mask can wrap:

    t1 = (hh + s1 + ch + K[t] + w[t]) & MASK      # four adds, no check
    ((x >> n) | (x << (32 - n))) & MASK          # the shift: no check

CPython prints the same value, and pyuk no longer raises OverflowError
where CPython would not: the optimisation is also a correction.  A right
shift, a division or a comparison in the tree uses high bits, so the
property stops there.

The analysis works on the IR's registers: a register qualifies when one
instruction of the function writes it and every read of it is an operand
of ``&`` with a non-negative constant, or of ``&``, ``|``, ``^``, ``+``,
``-``, ``*`` or the shifted value of ``<<`` whose own result qualifies.
"""

from __future__ import annotations

from collections.abc import Callable

from pyuk.ir.nodes import Const, Function, Register

WRAPPABLE = {"int.add", "int.sub", "int.mul", "int.lshift"}
_LOW_BITS_OPS = {"int.and", "int.or", "int.xor", "int.add", "int.sub", "int.mul"}

_cache: dict[int, tuple[Function, frozenset[Register]]] = {}


# The constant a global holds when ``fn`` reads it (module_constants.py).
GlobalConstant = Callable[[str, str], Const | None]


def wrapping_registers(fn: Function, global_constant: GlobalConstant) -> frozenset[Register]:
    """Registers of ``fn`` written by an add/sub/mul/lshift whose overflow
    cannot be seen (see the module docstring)."""
    cached = _cache.get(id(fn))
    if cached is not None and cached[0] is fn:
        return cached[1]
    result = _analyse(fn, global_constant)
    _cache[id(fn)] = (fn, result)
    return result


def _mask_value(arg: object, known: dict[Register, int]) -> int | None:
    if isinstance(arg, Const) and isinstance(arg.value, int) and not isinstance(arg.value, bool):
        return arg.value
    if isinstance(arg, Register):
        return known.get(arg)
    return None


def _analyse(fn: Function, global_constant: GlobalConstant) -> frozenset[Register]:
    # registers holding a known int: a constant moved in, or a module
    # constant (MASK = 0xFFFFFFFF) read
    known: dict[Register, int] = {}
    for block in fn.blocks:
        for instr in block.instrs:
            if instr.dest is None:
                continue
            value: Const | None = None
            if instr.op == "move" and instr.args and isinstance(instr.args[0], Const):
                value = instr.args[0]
            elif instr.op in ("global.load", "global.load_checked") and instr.symbol:
                value = global_constant(fn.name, instr.symbol)
            if value is not None and isinstance(value.value, int) \
                    and not isinstance(value.value, bool):
                known[instr.dest] = value.value
    writes: dict[Register, int] = {}
    # register -> the (op, operand position, dest, other operands) of each read
    reads: dict[Register, list[tuple[str, int, Register | None, list[Register | Const]]]] = {}
    for block in fn.blocks:
        for instr in block.instrs:
            if instr.dest is not None:
                writes[instr.dest] = writes.get(instr.dest, 0) + 1
            for position, arg in enumerate(instr.args):
                if isinstance(arg, Register):
                    others: list[Register | Const] = [
                        a for i, a in enumerate(instr.args) if i != position]
                    reads.setdefault(arg, []).append((instr.op, position, instr.dest, others))
    for param in fn.params:
        writes[param] = writes.get(param, 0) + 1
    known = {reg: value for reg, value in known.items() if writes.get(reg) == 1}

    memo: dict[Register, bool] = {}

    def low_bits_only(reg: Register, depth: int = 0) -> bool:
        """Does the program only ever use the low bits of reg's value?"""
        if reg in memo:
            return memo[reg]
        memo[reg] = False  # cycles (a register fed back into itself) do not qualify
        ok = writes.get(reg) == 1 and depth < 64 and bool(reads.get(reg))
        for op, position, dest, others in reads.get(reg, []):
            if not ok:
                break
            mask = _mask_value(others[0], known) if op == "int.and" and others else None
            if mask is not None and mask >= 0:
                continue  # masked by a non-negative constant
            if dest is not None and (op in _LOW_BITS_OPS or (op == "int.lshift" and position == 0)):
                ok = low_bits_only(dest, depth + 1)
                continue
            ok = False
        memo[reg] = ok
        return ok

    wrapping: set[Register] = set()
    for block in fn.blocks:
        for instr in block.instrs:
            if instr.op in WRAPPABLE and instr.dest is not None and low_bits_only(instr.dest):
                wrapping.add(instr.dest)
    return frozenset(wrapping)
