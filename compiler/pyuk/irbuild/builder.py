"""The IR builder's state and its emit helpers.

Lowering itself lives in sibling modules (expressions, statements, calls,
arithmetic), each registering handlers for the mypy node classes it knows;
this module only holds what they share: the function being built, the
current block, local variables, loop targets, and error reporting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from mypy.nodes import Context, Expression, MypyFile, Statement, SymbolNode
from mypy.types import Type

from pyuk.diagnostics import Diagnostics
from pyuk.frontend.mypy_build import TypedProgram
from pyuk.ir.nodes import BasicBlock, Const, Function, Global, Instr, Module, Operand, Register
from pyuk.ir.opcodes import OPCODES
from pyuk.ir.runtime_api import RUNTIME_FUNCTIONS
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, VOID, RType
from pyuk.irbuild.types import UnsupportedType, to_rtype

if TYPE_CHECKING:
    from pyuk.irbuild.unwind import Region


UNTYPED = "expression without a type (unreachable code?)"


class Unsupported(Exception):
    """Raised by a handler for a construct pyuk cannot compile; the builder
    reports it at the node and carries on with the next statement."""

    def __init__(self, node: Context, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


@dataclass
class LoopTargets:
    continue_to: BasicBlock
    break_to: BasicBlock


@dataclass
class FunctionState:
    fn: Function
    block: BasicBlock
    locals: dict[SymbolNode, Register] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    loops: list[LoopTargets] = field(default_factory=list)
    next_temp: int = 0
    next_label: int = 0
    # exceptions (irbuild/unwind.py): where an op that raises goes (None:
    # out of the function), and the try/except/finally regions that
    # return/break/continue must leave through, innermost last
    handler: BasicBlock | None = None
    regions: list[Region] = field(default_factory=list)
    return_value: Register | None = None
    # blocks some instruction jumps to (or handles the exceptions of)
    targets: set[BasicBlock] = field(default_factory=set)


ExprHandler = Callable[["IRBuilder", Expression], Operand]
StmtHandler = Callable[["IRBuilder", Statement], None]
_E = TypeVar("_E", bound=Expression)
_S = TypeVar("_S", bound=Statement)

EXPRESSION_HANDLERS: dict[type[Expression], ExprHandler] = {}
# The instance of a generic function or class being built replaces its type
# variables by its type arguments (irbuild/generics.py) in every type the
# builder reads.
TYPE_SUBSTITUTIONS: list[Callable[[IRBuilder, Type], Type]] = []
STATEMENT_HANDLERS: dict[type[Statement], StmtHandler] = {}


def expression_handler(
    node_type: type[_E],
) -> Callable[[Callable[[IRBuilder, _E], Operand]], Callable[[IRBuilder, _E], Operand]]:
    """Registers the lowering of one mypy expression class."""

    def register(fn: Callable[[IRBuilder, _E], Operand]) -> Callable[[IRBuilder, _E], Operand]:
        EXPRESSION_HANDLERS[node_type] = fn  # type: ignore[assignment]
        return fn

    return register


def statement_handler(
    node_type: type[_S],
) -> Callable[[Callable[[IRBuilder, _S], None]], Callable[[IRBuilder, _S], None]]:
    """Registers the lowering of one mypy statement class."""

    def register(fn: Callable[[IRBuilder, _S], None]) -> Callable[[IRBuilder, _S], None]:
        STATEMENT_HANDLERS[node_type] = fn  # type: ignore[assignment]
        return fn

    return register


class IRBuilder:
    """Builds the IR of one module's functions."""

    def __init__(
        self,
        program: TypedProgram,
        tree: MypyFile,
        module: Module,
        diagnostics: Diagnostics,
    ) -> None:
        self.program = program
        self.tree = tree
        self.module = module
        self.diagnostics = diagnostics
        self.is_main = tree.fullname in program.main_modules
        self.file = program.path_of(tree.fullname)
        self.globals: dict[str, Global] = {}
        # globals assigned before any user code can run: read without a check
        self.surely_defined: set[str] = set()
        self._state: FunctionState | None = None

    # ---- errors ----

    def error(self, node: Context, message: str) -> None:
        self.diagnostics.error(self.file, node.line, node.column + 1, message)

    # ---- types ----

    def type_of(self, expr: Expression) -> Type:
        t = self.program.types.get(expr)
        if t is None:
            raise Unsupported(expr, UNTYPED)
        for substitute in TYPE_SUBSTITUTIONS:
            t = substitute(self, t)
        return t

    def rtype(self, t: Type, node: Context) -> RType:
        for substitute in TYPE_SUBSTITUTIONS:
            t = substitute(self, t)
        try:
            return to_rtype(t)
        except UnsupportedType as exc:
            raise Unsupported(node, f'type "{exc}" is not supported by pyuk yet') from None

    def rtype_of(self, expr: Expression) -> RType:
        return self.rtype(self.type_of(expr), expr)

    # ---- functions and blocks ----

    @property
    def state(self) -> FunctionState:
        assert self._state is not None, "no function is being built"
        return self._state

    @property
    def fn(self) -> Function:
        return self.state.fn

    def begin_function(self, fn: Function) -> FunctionState:
        """Makes ``fn`` the function being built, with an empty entry block."""
        saved = self._state
        entry = BasicBlock("L0")
        fn.blocks.append(entry)
        self._state = FunctionState(fn, entry, next_label=1)
        self._state.names.update(p.name for p in fn.params)
        return saved if saved is not None else self._state

    def end_function(self, previous: FunctionState) -> None:
        """Closes the function: a fall-through end returns None."""
        state = self.state
        if not state.block.terminated:
            if state.fn.return_type in (VOID, NONE):
                ret_args: list[Operand] = []
                if state.fn.return_type is NONE:
                    ret_args = [Const(None, NONE)]
                self.add(Instr("return", args=ret_args))
            else:
                self.add(Instr("unreachable"))
        self._state = previous if previous is not state else None

    def new_block(self) -> BasicBlock:
        state = self.state
        block = BasicBlock(f"L{state.next_label}")
        state.next_label += 1
        return block

    def activate(self, block: BasicBlock) -> None:
        """Continues emitting into ``block`` (appended to the function)."""
        self.fn.blocks.append(block)
        self.state.block = block

    def unique_name(self, base: str) -> str:
        names = self.state.names
        name = base
        n = 1
        while name in names:
            name = f"{base}.{n}"
            n += 1
        names.add(name)
        return name

    def temp(self, rtype: RType) -> Register:
        state = self.state
        while f"r{state.next_temp}" in state.names:
            state.next_temp += 1
        name = f"r{state.next_temp}"
        state.next_temp += 1
        state.names.add(name)
        reg = Register(name, rtype)
        self.fn.registers.append(reg)
        return reg

    def local(self, symbol: SymbolNode, rtype: RType) -> Register:
        """The register of a local variable, created on first use."""
        reg = self.state.locals.get(symbol)
        if reg is None:
            reg = Register(self.unique_name(symbol.name), rtype)
            self.fn.registers.append(reg)
            self.state.locals[symbol] = reg
        return reg

    # ---- emitting ----

    def add(self, instr: Instr) -> Instr:
        if instr.handler is None and self.state.handler is not None:
            from pyuk.ir.opcodes import op_can_raise

            if op_can_raise(instr.op, instr.symbol):
                instr.handler = self.state.handler
        self.state.targets.update(instr.labels)
        if instr.handler is not None:
            self.state.targets.add(instr.handler)
        block = self.state.block
        if block.terminated:
            # Code after return/break/raise: give it a block of its own that
            # nothing jumps to; the back end drops it.
            block = self.new_block()
            self.activate(block)
        block.instrs.append(instr)
        return instr

    def emit(
        self,
        op: str,
        args: list[Operand],
        node: Context | None = None,
        result: RType | None = None,
    ) -> Register:
        """Emits an op with a result register and returns the register."""
        info = OPCODES[op]
        rtype = result or info.result
        assert rtype is not None, f"{op} needs an explicit result type"
        dest = self.temp(rtype)
        self.add(Instr(op, dest, list(args), line=node.line if node else 0))
        return dest

    def call_runtime(
        self, name: str, args: list[Operand], node: Context | None = None
    ) -> Register | None:
        """Calls a C runtime function from the table in ir.runtime_api."""
        decl = RUNTIME_FUNCTIONS[name]
        dest = self.temp(decl.result) if decl.result is not VOID else None
        line = node.line if node is not None and decl.raises else 0
        self.add(Instr("rtcall", dest, list(args), symbol=name, line=line))
        return dest

    def move(self, dest: Register, value: Operand) -> None:
        self.add(Instr("move", dest, [value]))

    def goto(self, target: BasicBlock) -> None:
        self.add(Instr("goto", labels=[target]))

    def branch(self, cond: Operand, if_true: BasicBlock, if_false: BasicBlock) -> None:
        self.add(Instr("branch", args=[cond], labels=[if_true, if_false]))

    # ---- dispatch ----

    def expr(self, expr: Expression) -> Operand:
        handler = EXPRESSION_HANDLERS.get(type(expr))
        if handler is None:
            raise Unsupported(expr, f"{describe_node(expr)} is not supported by pyuk yet")
        return handler(self, expr)

    def stmt(self, stmt: Statement) -> None:
        handler = STATEMENT_HANDLERS.get(type(stmt))
        if handler is None:
            self.error(stmt, f"{describe_node(stmt)} is not supported by pyuk yet")
            return
        try:
            handler(self, stmt)
        except Unsupported as exc:
            if exc.message.startswith(UNTYPED) and not self.reachable():
                return  # mypy does not type what it proves unreachable
            self.error(exc.node, exc.message)

    def reachable(self) -> bool:
        """False when nothing jumps to the current block (code after a
        try whose every path raises or returns, after a NoReturn call...)."""
        state = self.state
        return state.block is state.fn.blocks[0] or state.block in state.targets

    def block_of(self, statements: list[Statement]) -> None:
        for s in statements:
            if self.state.block.terminated:
                # after return/raise/break/continue: dead code (mypy does
                # not type it), as CPython's compiler drops it
                break
            self.stmt(s)


def describe_node(node: Context) -> str:
    """'a lambda expression', 'a with statement'... from mypy's class names."""
    name = type(node).__name__
    for suffix in ("Expr", "Stmt"):
        if name.endswith(suffix) and name != suffix:
            kind = "expression" if suffix == "Expr" else "statement"
            words = _split_camel(name[: -len(suffix)])
            return f"{words} {kind}"
    return _split_camel(name)


def _split_camel(name: str) -> str:
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out += " "
        out += ch.lower()
    return out


CONSTANT_TYPES: dict[type, RType] = {int: INT, float: FLOAT, bool: BOOL, str: STR}
