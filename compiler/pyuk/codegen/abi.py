"""LLVM spellings of the runtime ABI (runtime-c/include/pyuk/runtime.h).

Keep in step with runtime.h: the layouts here are what compiled code assumes.
"""

from __future__ import annotations

from llvmlite import ir

from pyuk.ir.types import Repr, RType

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
VOID = ir.VoidType()

_REPRS: dict[Repr, ir.Type] = {
    Repr.I64: I64,
    Repr.F64: F64,
    Repr.BOOL: I1,
    Repr.PTR: PTR,
    Repr.VOID: VOID,
}


def llvm_type(rtype: RType) -> ir.Type:
    return _REPRS[rtype.repr]


def str_constant_type(nbytes: int) -> ir.LiteralStructType:
    """struct pyuk_str { type*, hash, length, size, data[nbytes + 1] }."""
    return ir.LiteralStructType([PTR, I64, I64, I64, ir.ArrayType(I8, nbytes + 1)])


# Byte offsets of fields compiled code reads inline (codegen/inline_runtime.py).
STR_SIZE_OFFSET = 24  # pyuk_str.size (bytes too: pyuk_bytes is pyuk_str)
STR_DATA_OFFSET = 32  # pyuk_str.data[]
STR_LENGTH_OFFSET = 16  # pyuk_str.length (code points; == size for ASCII)
LATIN1_CHARS = "pyuk_latin1_chars"  # str.h: one-character strings, made on first use
LATIN1_CHAR_SIZE = 40  # str.h: PYUK_LATIN1_CHAR_SIZE
BYTEARRAY_SIZE_OFFSET = 8  # pyuk_bytearray.size (bytes.h)
BYTEARRAY_CAPACITY_OFFSET = 16  # pyuk_bytearray.capacity
BYTEARRAY_DATA_OFFSET = 24  # pyuk_bytearray.data

# struct pyuk_code_location { const char *function; const char *file; }
CODE_LOCATION = ir.LiteralStructType([PTR, PTR])

# Symbols of the runtime core that compiled code refers to directly.
CURRENT_EXCEPTION = "pyuk_current_exception"
STACK_LIMIT = "pyuk_stack_limit"
TRACEBACK_ADD = "pyuk_traceback_add"
TYPE_STR = "pyuk_type_str"
PROGRAM_ROOTS = "pyuk_program_roots"
PROGRAM_FILE = "pyuk_program_file"
