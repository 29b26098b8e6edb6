"""Functions as values: nested functions, lambdas, closures and cells; calls
through ``Callable`` values; function objects of module-level functions;
default values evaluated once, when the ``def`` runs.

A function value is a closure object (runtime-c/include/pyuk/function.h):
a code pointer and the slots the function captured.  Its code takes the
closure first, then its own parameters unboxed, so a call through a
``Callable[[int], int]`` passes an i64 in a register like a direct call.

Captured variables follow CPython's rules (late binding): a variable that
a nested function reads sees the variable's current value.  A variable
that is never rebound after the closure is made (a parameter never
assigned, or a local assigned once at the top of the function before any
closure that uses it) is captured by value, in a slot; any other captured
variable lives in a *cell* shared by the function and its closures
(``nonlocal`` writes go to the cell too).

Default values are evaluated when the ``def`` statement runs, once, as in
CPython (a mutable default is shared by every call): literals are inlined
at the call, other defaults of module-level functions live in hidden
globals set by the ``def`` statement, those of nested functions in their
closure's slots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from mypy.argmap import map_actuals_to_formals
from mypy.nodes import (
    ARG_OPT,
    ARG_POS,
    ARG_STAR,
    ARG_STAR2,
    FUNC_NO_INFO,
    LDEF,
    AssignmentExpr,
    AssignmentStmt,
    CallExpr,
    Context,
    Decorator,
    DictionaryComprehension,
    Expression,
    FloatExpr,
    ForStmt,
    FuncDef,
    FuncItem,
    GeneratorExpr,
    IntExpr,
    LambdaExpr,
    ListExpr,
    MemberExpr,
    MypyFile,
    NameExpr,
    Node,
    NonlocalDecl,
    OperatorAssignmentStmt,
    OverloadedFuncDef,
    RefExpr,
    SetExpr,
    StarExpr,
    StrExpr,
    SymbolNode,
    TryStmt,
    TupleExpr,
    TypeInfo,
    UnaryExpr,
    Var,
    WithStmt,
)
from mypy.types import CallableType, Instance, Type

from pyuk.frontend.mypy_build import TypedProgram
from pyuk.frontend.walk import children
from pyuk.ir.nodes import Const, Function, Global, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, VOID, RType
from pyuk.irbuild.builder import (
    FunctionState,
    IRBuilder,
    Unsupported,
    expression_handler,
    statement_handler,
)
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.types import fullname_of, is_any, is_deleted, proper

ENV_REGISTER = "closure.env"  # user names never hold a dot

# ---------------------------------------------------------------------------
# Analysis: which variables nested functions capture, and how


@dataclass
class FunctionInfo:
    """What one function (def or lambda) takes from enclosing functions."""

    func: FuncItem
    free: list[SymbolNode] = field(default_factory=list)  # in order of first use


@dataclass
class Analysis:
    functions: dict[int, FunctionInfo] = field(default_factory=dict)  # id(FuncItem)
    cells: set[SymbolNode] = field(default_factory=set)  # captured, rebound: in a cell
    captured: set[SymbolNode] = field(default_factory=set)
    # compiled nested functions: (id(FuncItem), generic instance) -> (func,
    # link symbol, parameter index -> closure slot of its default)
    nested: dict[tuple[int, str], tuple[FuncItem, str, dict[int, int]]] = field(
        default_factory=dict)
    pending: set[str] = field(default_factory=set)  # symbols being compiled
    adapters: int = 0  # adapter functions made so far (for their names)
    builtin_values: dict[str, str] = field(default_factory=dict)  # wrappers of builtins
    # id(argument) -> (argument, the Callable type of its parameter)
    expected: dict[int, tuple[Expression, Type]] = field(default_factory=dict)

    def info(self, func: FuncItem) -> FunctionInfo:
        return self.functions.get(id(func)) or FunctionInfo(func)


_ANALYSES: dict[int, tuple[TypedProgram, Analysis]] = {}


def analysis(program: TypedProgram) -> Analysis:
    """The closure analysis of a whole program (computed once)."""
    cached = _ANALYSES.get(id(program))
    if cached is not None and cached[0] is program:
        return cached[1]
    result = Analysis()
    for tree in program.modules.values():
        for func in _outermost_functions(tree):
            free = _Scanner(result).scan(func)
            # a lambda in module-level code that uses a comprehension's
            # variable (the only locals there): shared with a cell, like
            # CPython's comprehension scope
            for symbol in free:
                if isinstance(symbol, Var):
                    result.captured.add(symbol)
                    result.cells.add(symbol)
        _note_builtin_arguments(program, tree, result)
    _ANALYSES.clear()  # one program at a time
    _ANALYSES[id(program)] = (program, result)
    return result


def _note_builtin_arguments(program: TypedProgram, tree: MypyFile, result: Analysis) -> None:
    """Builtin functions passed as arguments (``PriorityQueue(len)``): the
    ``Callable`` type of the parameter each is passed to, from mypy's type of
    the callee at that call."""
    from pyuk.frontend.walk import walk

    def builtin_name(e: Expression | None) -> bool:
        return isinstance(e, NameExpr) and e.fullname.startswith("builtins.")

    def note(arg: Expression, t: Type | None) -> None:
        if t is not None and isinstance(arg, NameExpr) and isinstance(proper(t), CallableType):
            result.expected[id(arg)] = (arg, t)
            # the builtin's type where it is used, as mypy gives a generic
            # function's reference its instantiated type
            program.types[arg] = t

    for node in walk(tree):
        # displays and annotated assignments give their items a type too
        if isinstance(node, (ListExpr, SetExpr)) and any(builtin_name(i) for i in node.items):
            display_type = program.types.get(node)
            t = proper(display_type) if display_type is not None else None
            if isinstance(t, Instance) and t.args:
                for item in node.items:
                    note(item, t.args[0])
            continue
        if isinstance(node, AssignmentStmt) and builtin_name(node.rvalue) and node.type:
            note(node.rvalue, node.type)
            continue
        if not isinstance(node, CallExpr) or not any(
            isinstance(a, NameExpr) and a.fullname.startswith("builtins.") for a in node.args
        ):
            continue
        callee_type = program.types.get(node.callee)
        sig = proper(callee_type) if callee_type is not None else None
        if not isinstance(sig, CallableType):
            continue
        arg_types = [program.types.get(a) or sig.ret_type for a in node.args]
        try:
            formal_to_actual = map_actuals_to_formals(
                node.arg_kinds, node.arg_names, sig.arg_kinds, sig.arg_names,
                arg_types.__getitem__,
            )
        except Exception:  # a call mypy refused: nothing to note
            continue
        for formal, actuals in enumerate(formal_to_actual):
            for i in actuals:
                arg = node.args[i]
                note(arg, sig.arg_types[formal])


def _outermost_functions(tree: MypyFile) -> list[FuncItem]:
    """Functions not nested in other functions: module-level defs, methods,
    and lambdas in module-level or class-level code; with mypy's copies of
    those over value-restricted type variables (``FuncDef.expanded``), which
    are what generic instances compile."""
    out: list[FuncItem] = []
    stack: list[Node] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, FuncItem):
            out.append(node)
            out.extend(node.expanded)
            continue
        stack.extend(children(node))
    return out


def _store_targets(node: Node) -> list[Expression]:
    """The names a statement or expression binds."""
    if isinstance(node, AssignmentStmt):
        return list(node.lvalues)
    if isinstance(node, OperatorAssignmentStmt):
        return [node.lvalue]
    if isinstance(node, ForStmt):
        return [node.index]
    if isinstance(node, AssignmentExpr):
        return [node.target]
    if isinstance(node, TryStmt):
        return [v for v in node.vars if v is not None]
    if isinstance(node, WithStmt):
        return [t for t in node.target if t is not None]
    if isinstance(node, (GeneratorExpr, DictionaryComprehension)):
        return list(node.indices)
    return []


def _names_in_target(target: Expression) -> list[NameExpr]:
    if isinstance(target, NameExpr):
        return [target]
    if isinstance(target, (TupleExpr, ListExpr)):
        return [n for item in target.items for n in _names_in_target(item)]
    if isinstance(target, StarExpr):
        return _names_in_target(target.expr)
    return []


class _Scanner:
    def __init__(self, result: Analysis) -> None:
        self.result = result

    def scan(self, func: FuncItem) -> list[SymbolNode]:
        """Records what ``func`` and the functions in it capture; returns the
        symbols ``func`` needs from enclosing functions."""
        own: set[SymbolNode] = {arg.variable for arg in func.arguments}
        params = set(own)
        nonlocal_names: set[str] = set()
        refs: list[SymbolNode] = []
        seen: set[int] = set()
        # symbol -> [(top-level statement index, simple top-level store?)]
        stores: dict[SymbolNode, list[tuple[int, bool]]] = {}
        # symbol -> top-level statement indexes of closures that capture it
        captured_at: dict[SymbolNode, list[int]] = {}
        nested_writes: set[SymbolNode] = set()

        def ref(symbol: SymbolNode) -> None:
            if id(symbol) not in seen:
                seen.add(id(symbol))
                refs.append(symbol)

        body = func.body.body
        for index, top in enumerate(body):
            stack: list[Node] = [top]
            while stack:
                node = stack.pop()
                if isinstance(node, NonlocalDecl):
                    nonlocal_names.update(node.names)
                if isinstance(node, (FuncItem, Decorator)):
                    inner = node.func if isinstance(node, Decorator) else node
                    if isinstance(inner, FuncDef):
                        own.add(inner)
                        stores.setdefault(inner, []).append((index, node is top))
                    # defaults are evaluated here, in the enclosing function
                    stack.extend(a.initializer for a in inner.arguments
                                 if a.initializer is not None)
                    info = self.result.functions.get(id(inner))
                    inner_free = self.scan(inner) if info is None else info.free
                    for symbol in inner_free:
                        ref(symbol)
                        captured_at.setdefault(symbol, []).append(index)
                    nested_writes.update(self._nested_writes(inner))
                    continue
                if isinstance(node, NameExpr) and node.kind == LDEF and isinstance(
                    node.node, (Var, FuncDef)
                ):
                    ref(node.node)
                for target in _store_targets(node):
                    for name in _names_in_target(target):
                        var = name.node
                        if not isinstance(var, Var):
                            continue
                        if name.name not in nonlocal_names and name.kind == LDEF:
                            own.add(var)
                        simple = (node is top and isinstance(node, AssignmentStmt)
                                  and len(node.lvalues) == 1 and node.lvalues[0] is name)
                        stores.setdefault(var, []).append((index, simple))
                stack.extend(children(node))
        info = FunctionInfo(func)
        info.free = [s for s in refs if s not in own and not (
            isinstance(s, FuncDef) and s is func  # calls itself: its own closure
        )]
        self.result.functions[id(func)] = info
        for symbol, where in captured_at.items():
            if symbol not in own:
                continue
            self.result.captured.add(symbol)
            if not self._by_value(symbol, params, stores.get(symbol, []), where,
                                  nested_writes):
                self.result.cells.add(symbol)
        return info.free

    def _nested_writes(self, func: FuncItem) -> set[SymbolNode]:
        """Variables of enclosing functions that ``func`` (or a function in
        it) assigns through ``nonlocal``."""
        out: set[SymbolNode] = set()
        names: set[str] = set()
        stack: list[Node] = [func.body]
        targets: list[NameExpr] = []
        while stack:
            node = stack.pop()
            if isinstance(node, NonlocalDecl):
                names.update(node.names)
            for target in _store_targets(node):
                targets += _names_in_target(target)
            stack.extend(children(node))
        for name in targets:
            if name.name in names and isinstance(name.node, Var):
                out.add(name.node)
        return out

    @staticmethod
    def _by_value(
        symbol: SymbolNode,
        params: set[SymbolNode],
        stores: list[tuple[int, bool]],
        captured_at: list[int],
        nested_writes: set[SymbolNode],
    ) -> bool:
        """A captured variable never rebound once a closure holds it can be
        copied into the closure."""
        if symbol in nested_writes:
            return False
        if symbol in params:
            return not stores
        if len(stores) != 1:
            return False
        index, simple = stores[0]
        return simple and all(at > index for at in captured_at)


# ---------------------------------------------------------------------------
# Per-function state


@dataclass
class ClosureState:
    """What the function being built knows about captured variables."""

    info: FunctionInfo | None = None  # None: not a nested function
    env: Register | None = None
    slots: dict[int, int] = field(default_factory=dict)  # id(symbol) -> slot
    defaults: dict[int, int] = field(default_factory=dict)  # parameter index -> slot
    cells: dict[int, Register] = field(default_factory=dict)  # id(symbol) -> own cell
    keys: dict[int, Operand] = field(default_factory=dict)  # id(key=) -> its value


_STATES: dict[int, tuple[FunctionState, ClosureState]] = {}


def closure_state(builder: IRBuilder) -> ClosureState:
    state = builder.state
    entry = _STATES.get(id(state))
    if entry is None or entry[0] is not state:
        entry = (state, ClosureState())
        _STATES[id(state)] = entry
    return entry[1]


def _symbol_rtype(builder: IRBuilder, symbol: SymbolNode, node: Context) -> RType:
    if isinstance(symbol, FuncDef):
        if symbol.type is None:
            raise Unsupported(node, f'function "{symbol.name}" has no type annotations')
        return builder.rtype(symbol.type, node)
    assert isinstance(symbol, Var)
    if symbol.type is None or is_any(symbol.type) or is_deleted(symbol.type):
        raise Unsupported(node, f'the type of "{symbol.name}" is not known')
    return builder.rtype(symbol.type, node)


def _cell_type(rtype: RType) -> RType:
    return RType(f"cell[{rtype}]", OBJECT.repr)


def _zero(rtype: RType) -> Const:
    if rtype == INT:
        return Const(0, INT)
    if rtype == FLOAT:
        return Const(0.0, FLOAT)
    if rtype == BOOL:
        return Const(False, BOOL)
    return Const(None, NONE)


def _own_cell(builder: IRBuilder, symbol: SymbolNode, node: Context) -> Register:
    """The cell of a variable of the function being built, made when the
    function starts (from the parameter's value for a parameter)."""
    cs = closure_state(builder)
    cell = cs.cells.get(id(symbol))
    if cell is not None:
        return cell
    rtype = _symbol_rtype(builder, symbol, node)
    cell = Register(builder.unique_name(f"{symbol.name}.cell"), _cell_type(rtype))
    builder.fn.registers.append(cell)
    param = builder.state.locals.get(symbol)
    initial: Operand = param if param is not None and param in builder.fn.params else _zero(rtype)
    entry = builder.fn.blocks[0]
    entry.instrs.insert(0, Instr("cell.new", cell, [initial], line=builder.fn.line))
    cs.cells[id(symbol)] = cell
    return cell


def _captured_slot(builder: IRBuilder, symbol: SymbolNode) -> int | None:
    cs = closure_state(builder)
    return cs.slots.get(id(symbol)) if cs.info is not None else None


def _load_slot(builder: IRBuilder, index: int, rtype: RType) -> Register:
    cs = closure_state(builder)
    assert cs.env is not None
    return builder.emit("closure.slot", [cs.env, Const(index, INT)], result=rtype)


def read_variable(builder: IRBuilder, symbol: SymbolNode, node: Context) -> Operand | None:
    """The value of a variable that lives in a closure slot or a cell, or
    None for an ordinary local (a register)."""
    a = analysis(builder.program)
    slot = _captured_slot(builder, symbol)
    if slot is not None:
        rtype = _symbol_rtype(builder, symbol, node)
        if symbol in a.cells:
            cell = _load_slot(builder, slot, _cell_type(rtype))
            return builder.emit("cell.get", [cell], node, result=rtype)
        return _load_slot(builder, slot, rtype)
    if symbol in a.cells and _owned_here(builder, symbol):
        rtype = _symbol_rtype(builder, symbol, node)
        return builder.emit("cell.get", [_own_cell(builder, symbol, node)], node, result=rtype)
    return None


def _owned_here(builder: IRBuilder, symbol: SymbolNode) -> bool:
    """A cell variable read or written outside the functions that capture
    it belongs to the function being built (module-level code included:
    its comprehension variables)."""
    return True


def write_variable(
    builder: IRBuilder, symbol: SymbolNode, value: Operand, node: Context
) -> bool:
    """Stores into a variable that lives in a cell; False for the others."""
    a = analysis(builder.program)
    if symbol not in a.cells:
        return False
    slot = _captured_slot(builder, symbol)
    rtype = _symbol_rtype(builder, symbol, node)
    if slot is not None:
        cell: Operand = _load_slot(builder, slot, _cell_type(rtype))
    elif _owned_here(builder, symbol):
        cell = _own_cell(builder, symbol, node)
    else:
        return False
    builder.add(Instr("cell.set", args=[cell, value]))
    return True


# ---------------------------------------------------------------------------
# Making function values


def _nested_key(builder: IRBuilder, func: FuncItem) -> tuple[int, str]:
    """Nested functions are compiled once per instance of a generic function."""
    from pyuk.irbuild.generics import instance_key

    return id(func), instance_key(builder)


def _file_if_not_main(builder: IRBuilder) -> str:
    return "" if builder.file == builder.module.file else builder.file


def _return_rtype(builder: IRBuilder, sig: CallableType, node: Context) -> RType:
    rtype = builder.rtype(proper(sig.ret_type), node)
    return VOID if rtype == NONE else rtype


def _signature(builder: IRBuilder, func: FuncItem) -> CallableType:
    t = proper(func.type) if func.type is not None else None
    if isinstance(func, LambdaExpr):
        t = proper(builder.type_of(func))
    if not isinstance(t, CallableType):
        name = func.name if isinstance(func, FuncDef) else "lambda"
        raise Unsupported(func, f'function "{name}" has no type annotations')
    return t


def _nested_symbol(builder: IRBuilder, func: FuncItem) -> str:
    outer = builder.fn.name
    base = f"{outer}.{func.name}" if isinstance(func, FuncDef) else f"{outer}.<lambda>"
    taken = {f.name for f in builder.module.functions}
    symbol, n = base, 1
    while symbol in taken or symbol in analysis(builder.program).pending:
        n += 1
        symbol = f"{base}.{n}"
    return symbol


def is_literal_default(expr: Expression) -> bool:
    """Defaults that can be evaluated at each call instead of once: no side
    effects, immutable values."""
    if isinstance(expr, (IntExpr, FloatExpr, StrExpr)):
        return True
    if isinstance(expr, NameExpr) and expr.fullname in (
        "builtins.True", "builtins.False", "builtins.None"
    ):
        return True
    return isinstance(expr, UnaryExpr) and expr.op in "-+" and isinstance(
        expr.expr, (IntExpr, FloatExpr)
    )


def lower_nested_function(builder: IRBuilder, func: FuncItem) -> Operand:
    """Compiles a nested def or a lambda; returns its function value (made
    now, capturing what it needs)."""
    a = analysis(builder.program)
    info = a.info(func)
    sig = _signature(builder, func)
    symbol = _nested_symbol(builder, func)
    analysis(builder.program).pending.add(symbol)
    # slot values, read now in the enclosing function
    slot_values: list[Operand] = []
    for captured in info.free:
        slot_values.append(_capture_value(builder, captured, func))
    default_slots: dict[int, int] = {}
    for i, arg in enumerate(func.arguments):
        if arg.initializer is not None and not is_literal_default(arg.initializer):
            param_type = builder.rtype(sig.arg_types[i], arg)
            value = coerce(builder, builder.expr(arg.initializer),
                           builder.rtype_of(arg.initializer), param_type, arg.initializer)
            default_slots[i] = len(slot_values)
            slot_values.append(value)
    value_type = builder.rtype(sig, func)
    fn = _compile_nested(builder, func, sig, symbol, info, default_slots)
    analysis(builder.program).pending.discard(symbol)
    if fn is None:
        return Const(None, NONE)
    if not slot_values:
        return _static(builder, symbol, value_type, func)
    dest = builder.temp(value_type)
    builder.add(Instr("closure.new", dest, slot_values, symbol=symbol, line=func.line))
    return dest


def _static(builder: IRBuilder, symbol: str, value_type: RType, node: Context) -> Register:
    dest = builder.temp(value_type)
    # the line ends the op in the text form (it has no operands)
    builder.add(Instr("closure.static", dest, symbol=symbol, line=max(node.line, 1)))
    return dest


def _capture_value(builder: IRBuilder, symbol: SymbolNode, func: FuncItem) -> Operand:
    """What goes in a closure's slot for ``symbol``: its cell, or its value."""
    a = analysis(builder.program)
    slot = _captured_slot(builder, symbol)
    rtype = _symbol_rtype(builder, symbol, func)
    if symbol in a.cells:
        if slot is not None:
            return _load_slot(builder, slot, _cell_type(rtype))
        return _own_cell(builder, symbol, func)
    if slot is not None:
        return _load_slot(builder, slot, rtype)
    cs = closure_state(builder)
    if isinstance(symbol, FuncDef) and cs.info is not None and cs.info.func is symbol:
        assert cs.env is not None
        return cs.env
    return builder.local(symbol, rtype)


def _compile_nested(
    builder: IRBuilder,
    func: FuncItem,
    sig: CallableType,
    symbol: str,
    info: FunctionInfo,
    default_slots: dict[int, int],
) -> Function | None:
    env = Register(ENV_REGISTER, builder.rtype(sig, func))
    try:
        params = [
            Register(arg.variable.name, builder.rtype(t, func))
            for arg, t in zip(func.arguments, sig.arg_types, strict=True)
        ]
        ret = _return_rtype(builder, sig, func)
    except Unsupported as exc:
        builder.error(exc.node, exc.message)
        return None
    display = func.name if isinstance(func, FuncDef) else "<lambda>"
    fn = Function(symbol, [env, *params], ret, display, func.line,
                  file=_file_if_not_main(builder))
    from pyuk.irbuild import generics

    outer = generics.current(builder)
    previous = builder.begin_function(fn)
    if outer is not None:  # a function nested in a generic function's instance
        generics.set_substitution(builder, *outer)
    cs = closure_state(builder)
    cs.info = info
    cs.env = env
    cs.slots = {id(s): i for i, s in enumerate(info.free)}
    cs.defaults = default_slots
    analysis(builder.program).nested[_nested_key(builder, func)] = (func, symbol,
                                                                     default_slots)
    for arg, reg in zip(func.arguments, params, strict=True):
        builder.state.locals[arg.variable] = reg
    builder.block_of(func.body.body)
    builder.end_function(previous)
    builder.module.functions.append(fn)
    return fn


@statement_handler(FuncDef)
def lower_def_statement(builder: IRBuilder, defn: FuncDef) -> None:
    if builder.fn.display == "<module>":
        if not any(d is defn for d in builder.tree.defs):  # in an if, a loop...
            raise Unsupported(defn, "a function defined conditionally is not supported by "
                                    "pyuk: define it at the top level of the module")
        store_module_defaults(builder, defn)
        return
    value = lower_nested_function(builder, defn)
    if not write_variable(builder, defn, value, defn):
        builder.move(builder.local(defn, builder.rtype(_signature(builder, defn), defn)), value)


@statement_handler(NonlocalDecl)
def lower_nonlocal(builder: IRBuilder, stmt: NonlocalDecl) -> None:
    pass  # mypy binds the names to the enclosing function's variables (cells)


@expression_handler(LambdaExpr)
def lower_lambda(builder: IRBuilder, expr: LambdaExpr) -> Operand:
    return lower_nested_function(builder, expr)


# ---------------------------------------------------------------------------
# Module-level functions as values, and their defaults


def function_value(builder: IRBuilder, expr: RefExpr) -> Operand | None:
    """The value of a name that refers to a function, or None if it is not
    a function pyuk compiles."""
    node = expr.node
    if not isinstance(node, FuncDef):
        return None
    if expr.kind == LDEF or _nested_key(builder, node) in analysis(builder.program).nested:
        return _nested_function_value(builder, node, expr)
    if node.fullname.rsplit(".", 1)[0] not in builder.program.modules:
        return None  # a builtin or library function
    if node.info is not FUNC_NO_INFO:
        raise Unsupported(expr, "a method as a value is not supported by pyuk yet")
    from pyuk.irbuild import generics

    if generics.is_generic_function(node):
        target, sig = generics.function_value(builder, expr)
    else:
        from pyuk.irbuild.calls import function_symbol

        target, sig = function_symbol(node), _signature(builder, node)
    wrapper = _value_wrapper(builder, target, sig, node, expr)
    return _static(builder, wrapper, builder.rtype(sig, expr), expr)


def _nested_function_value(builder: IRBuilder, defn: FuncDef, node: Context) -> Operand:
    cs = closure_state(builder)
    if cs.info is not None and cs.info.func is defn:
        assert cs.env is not None
        return cs.env  # a nested function naming itself
    value = read_variable(builder, defn, node)
    if value is not None:
        return value
    return builder.local(defn, _symbol_rtype(builder, defn, node))


def _value_wrapper(builder: IRBuilder, target: str, sig: CallableType, defn: FuncDef,
                   node: Context) -> str:
    """The code of a module-level function's value: takes the closure first,
    then calls the function ``target``."""
    symbol = f"{target}.<value>"
    a = analysis(builder.program)
    if symbol in a.pending or any(f.name == symbol for f in builder.module.functions):
        return symbol
    env = Register(ENV_REGISTER, builder.rtype(sig, node))
    params = [
        Register(arg.variable.name, builder.rtype(t, node))
        for arg, t in zip(defn.arguments, sig.arg_types, strict=True)
    ]
    ret = _return_rtype(builder, sig, node)
    # no display: glue code records no traceback frame
    fn = Function(symbol, [env, *params], ret, "", defn.line)
    previous = builder.begin_function(fn)
    dest = builder.temp(ret) if ret != VOID else None
    builder.add(Instr("call", dest, list(params), symbol=target, line=defn.line))
    builder.add(Instr("return", args=[dest] if dest is not None else []))
    builder.end_function(previous)
    builder.module.functions.append(fn)
    return symbol


def _default_global(defn: FuncDef, index: int) -> str:
    return f"{defn.fullname}.<defaults>.{index}"


def store_module_defaults(builder: IRBuilder, defn: FuncDef) -> None:
    """The ``def`` statement of a module-level function (or a method, at its
    class statement): evaluates its non-literal defaults, once."""
    from pyuk.irbuild.generics import is_generic_function

    if is_generic_function(defn):
        return  # instances take literal defaults only
    sig = _signature(builder, defn)
    for i, arg in enumerate(defn.arguments):
        init = arg.initializer
        if init is None or is_literal_default(init):
            continue
        param_type = builder.rtype(sig.arg_types[i], arg)
        value = coerce(builder, builder.expr(init), builder.rtype_of(init), param_type, init)
        name = _default_global(defn, i)
        if name not in builder.globals:
            g = Global(name, param_type)
            builder.globals[name] = g
            builder.module.globals.append(g)
        builder.add(Instr("global.store", args=[value], symbol=name))


def default_argument(
    builder: IRBuilder, defn: FuncDef, index: int, node: Context,
    closure: Operand | None = None,
) -> Operand:
    """The default value of parameter ``index`` of a compiled function, for a
    call that leaves it out."""
    init = defn.arguments[index].initializer
    assert init is not None, "mypy accepted a call with a missing argument"
    if is_literal_default(init):
        return builder.expr(init)
    sig = _signature(builder, defn)
    param_type = builder.rtype(sig.arg_types[index], node)
    nested = analysis(builder.program).nested.get(_nested_key(builder, defn))
    if nested is not None:
        assert closure is not None
        slot = nested[2][index]
        return builder.emit("closure.slot", [closure, Const(slot, INT)], node,
                            result=param_type)
    name = _default_global(defn, index)
    if name not in builder.globals:
        g = Global(name, param_type)
        builder.globals[name] = g
        builder.module.globals.append(g)
    dest = builder.temp(param_type)
    builder.add(Instr("global.load", dest, symbol=name))
    return dest


# ---------------------------------------------------------------------------
# Calls


def _bind_arguments(
    builder: IRBuilder, call: CallExpr, sig: CallableType
) -> list[tuple[Operand, RType, Expression] | None]:
    """Evaluates the arguments in source order and maps them to the
    signature's parameters (None: left to its default)."""
    if any(kind in (ARG_STAR, ARG_STAR2) for kind in call.arg_kinds):
        raise Unsupported(call, "*args and **kwargs in calls are not supported by pyuk")
    values = [(builder.expr(arg), builder.rtype_of(arg), arg) for arg in call.args]
    formal_to_actual = map_actuals_to_formals(
        call.arg_kinds, call.arg_names, sig.arg_kinds, sig.arg_names,
        lambda i: builder.type_of(call.args[i]),
    )
    out: list[tuple[Operand, RType, Expression] | None] = []
    for actuals in formal_to_actual:
        out.append(values[actuals[0]] if actuals else None)
    return out


def call_value(builder: IRBuilder, call: CallExpr, callee: Operand, sig: CallableType,
               defn: FuncDef | None = None, symbol: str | None = None) -> Operand:
    """Calls a function value: directly when the function is known (a nested
    def called by name), else through the closure's code pointer."""
    note_expected_types(builder, call, sig)
    bound = _bind_arguments(builder, call, sig)
    args: list[Operand] = [callee]
    for i, actual in enumerate(bound):
        param_type = builder.rtype(sig.arg_types[i], call)
        if actual is None:
            if defn is None:
                raise Unsupported(call, _not_supported(
                    "calling a function value without passing every argument",
                    "pass the arguments that have default values too"))
            args.append(default_argument(builder, defn, i, call, callee))
            continue
        value, value_type, node = actual
        args.append(coerce(builder, value, value_type, param_type, node))
    ret = _return_rtype(builder, sig, call)
    dest = builder.temp(ret) if ret != VOID else None
    if symbol is not None:
        builder.add(Instr("call", dest, args, symbol=symbol, line=call.line))
    else:
        builder.add(Instr("closure.call", dest, args, line=call.line))
    return dest if dest is not None else Const(None, NONE)


def _not_supported(what: str, instead: str) -> str:
    return f"{what} is not supported by pyuk: {instead}"


def _call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    callee = call.callee
    if isinstance(callee, RefExpr) and isinstance(callee.node, FuncDef):
        defn = callee.node
        nested = analysis(builder.program).nested.get(_nested_key(builder, defn))
        if nested is not None or callee.kind == LDEF:
            # a nested def: called directly once compiled (its code is
            # known), through its value before (mutual recursion)
            sig = _signature(builder, defn)
            value = _nested_function_value(builder, defn, callee)
            symbol = nested[1] if nested is not None else None
            return call_value(builder, call, value, sig, defn, symbol)
        return None
    if isinstance(callee, RefExpr) and isinstance(
        callee.node, (OverloadedFuncDef, TypeInfo, Decorator, MypyFile)
    ):
        return None
    if isinstance(callee, MemberExpr) and not isinstance(callee.node, (Var, type(None))):
        return None
    if isinstance(callee, MemberExpr) and _is_builtin_method(builder, callee):
        return None
    if isinstance(callee, RefExpr) and _is_builtin_call(callee):
        return None  # random.randint: a module attribute the calls lowering knows
    t = proper(builder.type_of(callee))
    if not isinstance(t, CallableType) or t.is_type_obj():
        return None
    if isinstance(callee, RefExpr) and callee.fullname.startswith("builtins."):
        return None
    value = builder.expr(callee)
    return call_value(builder, call, value, t)


def _is_builtin_call(callee: RefExpr) -> bool:
    from pyuk.irbuild.calls import BUILTIN_CALLS

    return callee.fullname in BUILTIN_CALLS


def _is_builtin_method(builder: IRBuilder, callee: MemberExpr) -> bool:
    """``x.is_integer()``: a method of a builtin type that the calls
    lowering knows, not a Callable value held in an attribute."""
    from pyuk.irbuild.calls import METHOD_CALLS

    if callee.expr not in builder.program.types:
        return False
    receiver = fullname_of(builder.type_of(callee.expr))
    return receiver is not None and f"{receiver}.{callee.name}" in METHOD_CALLS


def _register() -> None:
    from pyuk.irbuild import calls

    if _call_hook not in calls.CALL_HOOKS:
        calls.CALL_HOOKS.append(_call_hook)


_register()



# ---------------------------------------------------------------------------
# Conversions between function types
#
# mypy lets a function stand where a Callable type with a compatible
# signature is expected: fewer parameters when the others have defaults,
# a parameter of a wider type (object, a union), a result of a narrower
# type.  When the machine representations match, the value is used as is;
# otherwise an adapter closure wraps it: it fills in the defaults, boxes
# numbers passed to reference parameters and boxes a number result.  The
# two conversions CPython never performs (int to float, bool to int) are
# refused, as everywhere else.


def split_callable_name(name: str) -> tuple[list[str], str] | None:
    """``Callable[[int, str], bool]`` -> (["int", "str"], "bool")."""
    if not name.startswith("Callable[[") or not name.endswith("]"):
        return None
    inner = name[len("Callable["):-1]
    parts = _split_top(inner)
    if len(parts) != 2 or not parts[0].startswith("["):
        return None
    params = _split_top(parts[0][1:-1]) if parts[0] != "[]" else []
    return params, parts[1]


def _split_top(text: str) -> list[str]:
    out: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(current.strip())
            current = ""
            continue
        current += ch
    if current.strip():
        out.append(current.strip())
    return out


def _refusal(node: Context, src: str, dst: str) -> Unsupported:
    return Unsupported(node, _not_supported(
        f'using a function of type "{src}" as "{dst}"',
        "CPython would pass or return the value unconverted (an int where a float is "
        "declared, a bool where an int is): give both the same types",
    ))


def coerce_callable(
    builder: IRBuilder, value: Operand, src: RType, dst: RType, node: Context
) -> Operand | None:
    from pyuk.ir.types import rtype_named

    if src == dst:
        return None
    source = split_callable_name(src.name)
    target = split_callable_name(dst.name)
    if source is None or target is None:
        return None
    s_params = [rtype_named(p) for p in source[0]]
    t_params = [rtype_named(p) for p in target[0]]
    s_ret, t_ret = rtype_named(source[1]), rtype_named(target[1])
    if len(s_params) < len(t_params):
        return None  # not a conversion mypy allows: leave it to the others
    same = len(s_params) == len(t_params) and all(
        s.repr == t.repr for s, t in zip(s_params, t_params, strict=True)
    ) and _result_repr(s_ret) == _result_repr(t_ret)
    if same:
        return value
    for s, t in zip(s_params, t_params, strict=False):
        if s.repr != t.repr and not (s.is_ref and not t.is_ref):
            raise _refusal(node, src.name, dst.name)
    if _result_repr(s_ret) != _result_repr(t_ret) and not (
        t_ret.is_ref and (not s_ret.is_ref or s_ret == NONE)
    ):
        raise _refusal(node, src.name, dst.name)
    defn = _known_function(builder, node) if len(s_params) > len(t_params) else None
    if len(s_params) > len(t_params) and defn is None:
        raise Unsupported(node, _not_supported(
            "passing a function value whose extra parameters have defaults",
            "pass the function by its name, or wrap it in a lambda",
        ))
    return _adapter(builder, value, src, dst, s_params, s_ret, t_params, t_ret, defn, node)


def _result_repr(rtype: RType) -> object:
    return VOID.repr if rtype == NONE else rtype.repr


def _known_function(builder: IRBuilder, node: Context) -> FuncDef | None:
    if isinstance(node, RefExpr) and isinstance(node.node, FuncDef):
        return node.node
    return None


def _adapter(
    builder: IRBuilder, value: Operand, src: RType, dst: RType,
    s_params: list[RType], s_ret: RType, t_params: list[RType], t_ret: RType,
    defn: FuncDef | None, node: Context,
) -> Operand:
    a = analysis(builder.program)
    a.adapters += 1
    symbol = f"{builder.fn.name}.<adapter>.{a.adapters}"
    env = Register(ENV_REGISTER, dst)
    params = [Register(f"a{i}", t) for i, t in enumerate(t_params)]
    ret = VOID if t_ret == NONE else t_ret
    fn = Function(symbol, [env, *params], ret, "", getattr(node, "line", 0))
    nested = a.nested.get(_nested_key(builder, defn)) if defn is not None else None
    previous = builder.begin_function(fn)
    inner = builder.emit("closure.slot", [env, Const(0, INT)], result=src)
    args: list[Operand] = [inner]
    for param, s in zip(params, s_params, strict=False):
        args.append(param if param.type.repr == s.repr else
                    builder.emit("box", [param], result=s))
    if defn is not None:
        for i in range(len(t_params), len(s_params)):
            args.append(default_argument(builder, defn, i, node, inner))
    s_ret_void = s_ret == NONE
    dest = builder.temp(s_ret) if not s_ret_void else None
    if nested is not None:
        builder.add(Instr("call", dest, args, symbol=nested[1], line=fn.line))
    else:
        builder.add(Instr("closure.call", dest, args, line=fn.line))
    result: Operand | None = dest
    if ret != VOID:
        if dest is None:
            result = Const(None, NONE)
        elif s_ret.repr != ret.repr:
            result = builder.emit("box", [dest], result=ret)
    builder.add(Instr("return", args=[result] if ret != VOID and result is not None else []))
    builder.end_function(previous)
    builder.module.functions.append(fn)
    out = builder.temp(dst)
    builder.add(Instr("closure.new", out, [value], symbol=symbol, line=getattr(node, "line", 0)))
    return out


def _register_coercion() -> None:
    from pyuk.irbuild import coerce as coerce_module

    if coerce_callable not in coerce_module.REFERENCE_COERCIONS:
        coerce_module.REFERENCE_COERCIONS.insert(0, coerce_callable)


_register_coercion()


# ---------------------------------------------------------------------------
# key= functions (sorted, list.sort, min, max): irbuild/iteration.py calls
# these for keys that are function values (lambdas, nested defs, variables,
# fields), evaluated once before the loop and called through the closure.


def _is_value_key(builder: IRBuilder, key: Expression) -> bool:
    if isinstance(key, RefExpr):
        node = key.node
        if isinstance(node, FuncDef):
            return key.kind == LDEF or _nested_key(builder, node) in analysis(
                builder.program).nested
        if isinstance(node, (OverloadedFuncDef, TypeInfo, Decorator)):
            return False
        if key.fullname.startswith("builtins."):
            return False
    if (isinstance(key, MemberExpr) and isinstance(key.expr, RefExpr)
            and isinstance(key.expr.node, TypeInfo) and key.expr.fullname.startswith("builtins.")):
        return False  # str.lower: the key lowering calls the runtime's method itself
    t = proper(builder.type_of(key))
    return isinstance(t, CallableType) and not t.is_type_obj()


def prepare_key(builder: IRBuilder, key: Expression) -> None:
    """Evaluates a key= function value now (before the loop that calls it)."""
    if not _is_value_key(builder, key):
        return
    cs = closure_state(builder)
    cs.keys[id(key)] = builder.expr(key)


def key_result_rtype(builder: IRBuilder, key: Expression) -> RType | None:
    """The type a key= function value returns (None: not a function value)."""
    if not _is_value_key(builder, key):
        return None
    t = proper(builder.type_of(key))
    assert isinstance(t, CallableType)
    rtype = builder.rtype(t.ret_type, key)
    return NONE if rtype == VOID else rtype


def call_key_function(builder: IRBuilder, key: Expression, value: Operand, vtype: RType,
                      node: Context) -> tuple[Operand, RType] | None:
    """key(value) for a key= function value, or None if ``key`` is not one."""
    if not _is_value_key(builder, key):
        return None
    t = proper(builder.type_of(key))
    assert isinstance(t, CallableType)
    if len(t.arg_types) != 1:
        raise Unsupported(key, "a key= function takes one argument")
    cs = closure_state(builder)
    function = cs.keys.get(id(key))
    if function is None:
        function = builder.expr(key)
    param = builder.rtype(t.arg_types[0], key)
    ret = builder.rtype(t.ret_type, key)
    dest = builder.temp(ret) if ret not in (VOID, NONE) else None
    builder.add(Instr("closure.call", dest, [function, coerce(builder, value, vtype, param, node)],
                      line=node.line))
    return (dest, ret) if dest is not None else (Const(None, NONE), NONE)


# ---------------------------------------------------------------------------
# Bound methods: ``obj.method`` as a value is a closure holding ``obj``
# whose code calls the method (through the vtable when subclasses override
# it, or the protocol table, as a call would).  The classes lowering
# (irbuild/class_ops.py) calls this for a method read as an attribute; a
# static method or a method read through its class holds nothing, a
# classmethod holds the class object.


def bound_method(builder: IRBuilder, cls: object, obj: Operand, name: str, node: Expression
                 ) -> Operand:
    from pyuk.irbuild.class_ops import call_method

    return method_value(builder, node, name, obj, lambda bound, params: call_method(
        builder, cls, name, bound, node, lambda: params))  # type: ignore[arg-type]


def method_value(builder: IRBuilder, node: Expression, name: str, bound: Operand | None,
                 invoke: Callable[[Operand | None, list[Operand]], Operand]) -> Operand:
    """A closure of the type mypy gives ``node`` whose code is ``invoke``
    called with the value ``bound`` (kept in the closure's one slot, or
    None) and the closure's parameters."""
    t = proper(builder.type_of(node))
    if not isinstance(t, CallableType):
        raise Unsupported(node, "this method as a value is not supported by pyuk yet")
    value_type = builder.rtype(t, node)
    a = analysis(builder.program)
    a.adapters += 1
    symbol = f"{builder.fn.name}.<bound>.{name}.{a.adapters}"
    env = Register(ENV_REGISTER, value_type)
    params = [Register(f"a{i}", builder.rtype(p, node)) for i, p in enumerate(t.arg_types)]
    ret = _return_rtype(builder, t, node)
    fn = Function(symbol, [env, *params], ret, "", node.line)
    previous = builder.begin_function(fn)
    inside = None
    if bound is not None:
        inside = builder.emit("closure.slot", [env, Const(0, INT)], result=bound.type)
    result = invoke(inside, list(params))
    if ret == VOID:
        builder.add(Instr("return"))
    else:
        builder.add(Instr("return", args=[coerce(builder, result, result.type, ret, node)]))
    builder.end_function(previous)
    builder.module.functions.append(fn)
    dest = builder.temp(value_type)
    captured = [bound] if bound is not None else []
    builder.add(Instr("closure.new", dest, captured, symbol=symbol, line=node.line))
    return dest


# ---------------------------------------------------------------------------
# Builtin functions as values (``key=len``, ``mapped(xs, str)``): the code
# of the value is a wrapper whose body is the builtin called on the
# wrapper's parameters, lowered like any call of that builtin.


def note_expected_types(builder: IRBuilder, call: CallExpr, sig: CallableType) -> None:
    """Records the parameter types that a call's arguments are passed to,
    for builtins passed as values (``mapped(words, len)``: ``len`` as a
    ``Callable[[str], int]``, not its declared ``(Sized) -> int``)."""
    if not any(isinstance(a, NameExpr) and a.fullname.startswith("builtins.")
               for a in call.args):
        return
    formal_to_actual = map_actuals_to_formals(
        call.arg_kinds, call.arg_names, sig.arg_kinds, sig.arg_names,
        lambda i: builder.type_of(call.args[i]),
    )
    expected = analysis(builder.program).expected
    for formal, actuals in enumerate(formal_to_actual):
        for i in actuals:
            arg = call.args[i]
            if isinstance(arg, NameExpr) and isinstance(
                proper(sig.arg_types[formal]), CallableType
            ):
                expected[id(arg)] = (arg, sig.arg_types[formal])


def _builtin_value_hook(builder: IRBuilder, expr: NameExpr) -> Operand | None:
    from pyuk.irbuild.calls import BUILTIN_CALLS

    if not expr.fullname.startswith("builtins.") or expr.fullname not in BUILTIN_CALLS:
        return None
    noted = analysis(builder.program).expected.get(id(expr))
    t = proper(noted[1] if noted is not None and noted[0] is expr else builder.type_of(expr))
    if not isinstance(t, CallableType) or t.variables:
        return None
    if any(k not in (ARG_POS, ARG_OPT) for k in t.arg_kinds):
        return None
    sig = t.copy_modified(arg_kinds=[ARG_POS] * len(t.arg_types))
    value_type = builder.rtype(sig, expr)
    a = analysis(builder.program)
    key = f"{expr.fullname}:{value_type.name}"
    symbol = a.builtin_values.get(key)
    if symbol is None:
        a.adapters += 1
        symbol = f"{expr.fullname}.<value>.{a.adapters}"
        a.builtin_values[key] = symbol
        _builtin_wrapper(builder, expr, sig, value_type, symbol)
    return _static(builder, symbol, value_type, expr)


def _builtin_wrapper(builder: IRBuilder, expr: NameExpr, sig: CallableType, value_type: RType,
                     symbol: str) -> None:
    types = builder.program.types
    env = Register(ENV_REGISTER, value_type)
    params = [Register(f"a{i}", builder.rtype(t, expr)) for i, t in enumerate(sig.arg_types)]
    ret = _return_rtype(builder, sig, expr)
    fn = Function(symbol, [env, *params], ret, "", expr.line)
    callee = NameExpr(expr.name)
    callee.node, callee.kind, callee.fullname = expr.node, expr.kind, expr.fullname
    callee.line, callee.column = expr.line, expr.column
    types[callee] = sig
    args: list[Expression] = []
    variables: list[Var] = []
    for i, t in enumerate(sig.arg_types):
        var = Var(f"a{i}", t)
        name = NameExpr(var.name)
        name.node, name.kind, name.fullname = var, LDEF, var.name
        name.line, name.column = expr.line, expr.column
        types[name] = t
        args.append(name)
        variables.append(var)
    call = CallExpr(callee, args, [ARG_POS] * len(args), [None] * len(args))
    call.line, call.column = expr.line, expr.column
    types[call] = sig.ret_type
    previous = builder.begin_function(fn)
    for var, reg in zip(variables, params, strict=True):
        builder.state.locals[var] = reg
    try:
        result = builder.expr(call)
        if ret == VOID:
            builder.add(Instr("return"))
        else:
            builder.add(Instr("return", args=[coerce(builder, result, builder.rtype_of(call),
                                                     ret, expr)]))
    finally:
        builder.end_function(previous)
    builder.module.functions.append(fn)


def _register_builtin_values() -> None:
    from pyuk.irbuild.expressions import NAME_HOOKS

    if _builtin_value_hook not in NAME_HOOKS:
        NAME_HOOKS.append(_builtin_value_hook)


_register_builtin_values()
