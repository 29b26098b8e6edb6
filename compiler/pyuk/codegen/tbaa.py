"""Type-based alias information for the loads and stores compiled code
makes into runtime layouts.

Without it, a store into a list's items (``perm[i] = x``) may, for LLVM,
have changed the list's length or items pointer, so both are loaded again
before the next access and no bounds check leaves a loop.  Three disjoint
kinds of memory, none of which is ever read or written as another:

- ``header``: the length, capacity, size and data-pointer fields of lists,
  str/bytes and bytearrays (what ``len()`` and bounds checks read);
- ``item``: the 64-bit words of list items and tuple items;
- ``byte``: the bytes of str, bytes and bytearray data;
- ``exception``: ``pyuk_current_exception``, read after every call that
  can raise.  Tagged, a read is known to see what an earlier read saw when
  only item/header/byte stores come between (an inlined function's normal
  path), so LLVM drops the repeated test.

Untagged accesses (object fields, everything the runtime does behind a
call) still alias everything, so only these three are separated.
"""

from __future__ import annotations

from llvmlite import ir

HEADER = "header"
ITEM = "item"
BYTE = "byte"
EXCEPTION = "exception"  # the pending exception, pyuk_current_exception


def _tags(module: ir.Module) -> dict[str, ir.MDValue]:
    cached = getattr(module, "_pyuk_tbaa", None)
    if cached is None:
        root = module.add_metadata([ir.MetaDataString(module, "pyuk tbaa")])
        cached = {}
        for kind in (HEADER, ITEM, BYTE, EXCEPTION):
            scalar = module.add_metadata(
                [ir.MetaDataString(module, f"pyuk {kind}"), root, ir.Constant(ir.IntType(64), 0)])
            cached[kind] = module.add_metadata([scalar, scalar, ir.Constant(ir.IntType(64), 0)])
        setattr(module, "_pyuk_tbaa", cached)  # noqa: B010
    return cached


def tag(instruction: ir.Instruction, kind: str) -> ir.Instruction:
    """Marks a load or store as an access of ``kind`` memory."""
    instruction.set_metadata("tbaa", _tags(instruction.module)[kind])
    return instruction
