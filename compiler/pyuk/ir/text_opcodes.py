"""IR ops of str and bytes (merged into ``OPCODES`` by pyuk.ir.opcodes)."""

from __future__ import annotations

from pyuk.ir.opcodes import OpInfo
from pyuk.ir.types import STR, RType

BYTES = RType("bytes", STR.repr)

TEXT_OPCODES: dict[str, OpInfo] = {
    # a bytes constant: args[0] is a str constant whose code points are the
    # bytes (Latin-1), emitted as a static bytes object
    "bytes.const": OpInfo((STR,), BYTES),
}
