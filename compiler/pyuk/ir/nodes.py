"""pyuk IR: modules of functions made of basic blocks of instructions.

The IR is not in SSA form: registers are mutable typed variables (like
mypyc's), which keeps the builder simple; the back end gives each register a
stack slot and LLVM's mem2reg turns them into SSA values.

Every instruction is an ``Instr`` whose ``op`` names an entry of the opcode
table (``pyuk.ir.opcodes``); the table, not a class hierarchy, says what an
op means, whether it can raise and how it is compiled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pyuk.ir.types import RType

if TYPE_CHECKING:
    from pyuk.ir.classes import ClassIR


@dataclass(eq=False)
class Register:
    """A named, typed, mutable local variable."""

    name: str
    type: RType

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Const:
    """An immediate operand: int, float, bool, str or None."""

    value: int | float | bool | str | None
    type: RType

    def __str__(self) -> str:
        from pyuk.ir.printer import format_const

        return format_const(self)


Operand = Register | Const


@dataclass(eq=False)
class Instr:
    """One instruction.

    ``dest`` receives the result (None for ops without one).  ``symbol``
    names a callee or global for the ops that need one.  ``labels`` are the
    jump targets of terminators.  ``line`` is the source line reported in
    tracebacks when the op raises, and ``handler`` the block that receives
    the exception (None: propagate out of the function).
    """

    op: str
    dest: Register | None = None
    args: list[Operand] = field(default_factory=list)
    symbol: str | None = None
    labels: list[BasicBlock] = field(default_factory=list)
    line: int = 0
    handler: BasicBlock | None = None


@dataclass(eq=False)
class BasicBlock:
    label: str
    instrs: list[Instr] = field(default_factory=list)

    @property
    def terminated(self) -> bool:
        from pyuk.ir.opcodes import OPCODES

        return bool(self.instrs) and OPCODES[self.instrs[-1].op].terminator


@dataclass(eq=False)
class Function:
    """A compiled function.  ``name`` is its link name; ``display`` is how a
    traceback names it (``main``, ``<module>``, ``Point.norm``)."""

    name: str
    params: list[Register]
    return_type: RType
    display: str
    line: int = 0
    file: str = ""  # source file for tracebacks; "" means the module's file
    registers: list[Register] = field(default_factory=list)
    blocks: list[BasicBlock] = field(default_factory=list)
    exported: bool = False


@dataclass(eq=False)
class Global:
    """A module-level variable."""

    name: str
    type: RType


@dataclass(eq=False)
class Module:
    """One compiled unit: the program's functions, globals and entry."""

    name: str
    file: str
    functions: list[Function] = field(default_factory=list)
    globals: list[Global] = field(default_factory=list)
    entry: str = ""
    # compiled classes (pyuk.ir.classes.ClassIR), emitted as type descriptors
    classes: list[ClassIR] = field(default_factory=list)
