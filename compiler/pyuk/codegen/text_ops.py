"""LLVM code for the str/bytes ops (pyuk.ir.text_opcodes)."""

from __future__ import annotations

from llvmlite import ir

from pyuk.codegen import abi
from pyuk.codegen.emitter import FunctionEmitter, ModuleEmitter
from pyuk.codegen.ops import op
from pyuk.ir.nodes import Const, Instr

TYPE_BYTES = "pyuk_type_bytes"


def bytes_constant(parent: ModuleEmitter, data: bytes) -> ir.GlobalVariable:
    """A static bytes object (layout pyuk_str, in writable data: its hash is
    cached on first use)."""
    cache: dict[bytes, ir.GlobalVariable] = parent.__dict__.setdefault("_bytes_constants", {})
    if data not in cache:
        lltype = abi.str_constant_type(len(data))
        var = ir.GlobalVariable(parent.ll, lltype, name=f".bytes.{len(cache)}")
        var.linkage = "internal"
        var.align = 8
        type_ref = parent.external_global(TYPE_BYTES, abi.I8)
        raw = bytearray(data + b"\0")
        var.initializer = ir.Constant(
            lltype,
            [
                type_ref,
                ir.Constant(abi.I64, -1),
                ir.Constant(abi.I64, len(data)),
                ir.Constant(abi.I64, len(data)),
                ir.Constant(ir.ArrayType(abi.I8, len(raw)), raw),
            ],
        )
        cache[data] = var
    return cache[data]


@op("bytes.const")
def _bytes_const(e: FunctionEmitter, instr: Instr) -> None:
    arg = instr.args[0]
    assert isinstance(arg, Const) and isinstance(arg.value, str)
    e.store(instr.dest, bytes_constant(e.parent, arg.value.encode("latin-1")))
