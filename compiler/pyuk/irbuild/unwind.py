"""Leaving try/except/finally regions by return, break and continue.

A statement that jumps out of a ``try`` body, an ``except`` clause or a
``finally`` body must first undo what the regions it crosses set up, like
CPython's compiler does with its block stack:

- an except clause restores the exception that was being handled before it
  (``pyuk_handled_exception``) and unbinds its ``as`` name;
- a ``try`` body under a ``finally`` runs the finally body first: the jump
  sets the finally's selector to a code for this exit and goes to the finally
  body, whose end dispatches on the selector (0 falls through, 1 re-raises
  the exception that entered it, each other code continues one exit);
- a finally body restores the handled exception (a return or break in a
  finally body drops the exception that was propagating, as in CPython).

Each finally body is lowered once; only the dispatch at its end knows every
way out.  ``FunctionState.regions`` holds the open regions, innermost last.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mypy.nodes import NameExpr

from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand, Register
from pyuk.ir.types import INT, NONE, VOID
from pyuk.irbuild.builder import IRBuilder

# selector codes of a finally region; exits get codes from FIRST_EXIT on
NORMAL = 0
EXCEPTION = 1
FIRST_EXIT = 2


@dataclass(frozen=True)
class Exit:
    """A jump out of regions: ``return`` (loop -1), or ``break``/``continue``
    of the loop at index ``loop`` of ``FunctionState.loops``."""

    kind: str
    loop: int = -1
    target: BasicBlock | None = None

    def crosses(self, region: Region) -> bool:
        return self.kind == "return" or region.loop_count > self.loop

    def finish(self, builder: IRBuilder) -> None:
        if self.kind != "return":
            assert self.target is not None
            builder.goto(self.target)
            return
        fn = builder.fn
        if fn.return_type == VOID:
            builder.add(Instr("return"))
        elif builder.state.return_value is None:
            builder.add(Instr("return", args=[Const(None, NONE)]))
        else:
            builder.add(Instr("return", args=[builder.state.return_value]))


@dataclass(eq=False)
class Region:
    """A try/except/finally region that exits must leave through."""

    loop_count: int  # len(FunctionState.loops) when the region was entered

    def leave(self, builder: IRBuilder, exit: Exit, outer: int) -> None:
        """Emits the way out of this region, then continues ``exit`` through
        the ``outer`` regions below it."""
        raise NotImplementedError


@dataclass(eq=False)
class HandlerRegion(Region):
    """The body of an except clause."""

    previous: Register  # the exception handled before this clause
    name: NameExpr | None = None  # the ``as`` target

    def cleanup(self, builder: IRBuilder) -> None:
        builder.add(Instr("exc.set_handled", args=[self.previous]))
        unbind(builder, self.name)

    def leave(self, builder: IRBuilder, exit: Exit, outer: int) -> None:
        self.cleanup(builder)
        leave_through(builder, exit, outer)


@dataclass(eq=False)
class FinallyRegion(Region):
    """A try body (with its except clauses and else) under a finally."""

    selector: Register
    entry: BasicBlock  # the finally body, entered without an exception
    exits: dict[Exit, tuple[int, int]] = field(default_factory=dict)  # code, outer

    def leave(self, builder: IRBuilder, exit: Exit, outer: int) -> None:
        if exit not in self.exits:
            self.exits[exit] = (FIRST_EXIT + len(self.exits), outer)
        code, _ = self.exits[exit]
        builder.move(self.selector, Const(code, INT))
        builder.goto(self.entry)


@dataclass(eq=False)
class FinallyBodyRegion(Region):
    """The body of a finally."""

    previous: Register  # the exception handled before the finally body

    def leave(self, builder: IRBuilder, exit: Exit, outer: int) -> None:
        builder.add(Instr("exc.set_handled", args=[self.previous]))
        leave_through(builder, exit, outer)


def unbind(builder: IRBuilder, name: NameExpr | None) -> None:
    """``del e`` at the end of ``except ... as e`` (locals only: it lets the
    exception be collected; mypy refuses reads of the deleted name)."""
    if name is None or builder.fn.display == "<module>":
        return
    from mypy.nodes import LDEF, Var

    if name.kind == LDEF and isinstance(name.node, Var) and name.node in builder.state.locals:
        builder.move(builder.state.locals[name.node], Const(None, NONE))


def leave_through(builder: IRBuilder, exit: Exit, depth: int) -> None:
    """Continues ``exit`` through ``regions[:depth]``, innermost first."""
    regions = builder.state.regions
    if depth > 0 and exit.crosses(regions[depth - 1]):
        regions[depth - 1].leave(builder, exit, depth - 1)
    else:
        exit.finish(builder)


def crosses_any(builder: IRBuilder, exit: Exit) -> bool:
    regions = builder.state.regions
    return bool(regions) and exit.crosses(regions[-1])


def jump_out_of_loop(builder: IRBuilder, kind: str) -> None:
    """``break`` or ``continue`` of the innermost loop."""
    loops = builder.state.loops
    targets = loops[-1]
    target = targets.break_to if kind == "break" else targets.continue_to
    leave_through(builder, Exit(kind, len(loops) - 1, target), len(builder.state.regions))


def return_from_function(builder: IRBuilder, value: Operand | None) -> None:
    """``return`` with ``value`` (already converted to the return type; None
    for a function returning nothing)."""
    exit = Exit("return")
    if not crosses_any(builder, exit):
        args: list[Operand] = [] if value is None else [value]
        builder.add(Instr("return", args=args))
        return
    if value is not None:
        state = builder.state
        if state.return_value is None:
            state.return_value = builder.temp(builder.fn.return_type)
        builder.move(state.return_value, value)
    leave_through(builder, exit, len(builder.state.regions))


def dispatch_finally(
    builder: IRBuilder, region: FinallyRegion, saved: Register, done: BasicBlock,
    falls_through: bool,
) -> None:
    """The end of a finally body: where the selector says to go."""
    cases: list[tuple[int, BasicBlock]] = []
    reraise = builder.new_block()
    cases.append((EXCEPTION, reraise))
    exit_blocks: list[tuple[BasicBlock, Exit, int]] = []
    for exit, (code, outer) in region.exits.items():
        block = builder.new_block()
        cases.append((code, block))
        exit_blocks.append((block, exit, outer))
    for i, (code, block) in enumerate(cases):
        last = i == len(cases) - 1 and not falls_through
        if last:
            builder.goto(block)
            break
        is_code = builder.emit("int.eq", [region.selector, Const(code, INT)])
        other = done if i == len(cases) - 1 else builder.new_block()
        builder.branch(is_code, block, other)
        if other is not done:
            builder.activate(other)
    builder.activate(reraise)
    builder.add(Instr("exc.reraise", args=[saved]))
    for block, exit, outer in exit_blocks:
        builder.activate(block)
        leave_through(builder, exit, outer)
