"""Builds the IR of a whole program: every compiled module's functions, its
top-level code as a ``<module>`` function, and the program entry."""

from __future__ import annotations

from mypy.nodes import (
    GDEF,
    AssignmentStmt,
    BytesExpr,
    ClassDef,
    ComparisonExpr,
    Expression,
    ExpressionStmt,
    FloatExpr,
    FuncDef,
    Import,
    ImportAll,
    ImportBase,
    ImportFrom,
    IntExpr,
    MypyFile,
    NameExpr,
    OpExpr,
    PassStmt,
    Statement,
    StrExpr,
    TupleExpr,
    UnaryExpr,
    Var,
)
from mypy.types import CallableType

from pyuk.diagnostics import CompileError, Diagnostics
from pyuk.frontend.dialect import is_provided_module
from pyuk.frontend.mypy_build import TypedProgram
from pyuk.ir.nodes import Const, Function, Global, Instr, Module, Register
from pyuk.ir.types import NONE, OBJECT, STR, VOID, RType

# Importing the registry registers every lowering, in the order they need.
from pyuk.irbuild import generics, registry  # noqa: F401
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.calls import function_symbol
from pyuk.irbuild.classes import lower_class_functions
from pyuk.irbuild.expressions import global_name
from pyuk.irbuild.system import lower_native_body
from pyuk.irbuild.types import is_deleted, proper

PROGRAM_ENTRY = "pyuk_program_run"
EXCEPTION_REF = RType("BaseException", OBJECT.repr)

_SIMPLE_LEAVES = (IntExpr, FloatExpr, StrExpr, BytesExpr, NameExpr)


def _is_simple(expr: Expression) -> bool:
    """Literals and operators on them: evaluating these runs no user code."""
    if isinstance(expr, _SIMPLE_LEAVES):
        return True
    if isinstance(expr, UnaryExpr):
        return _is_simple(expr.expr)
    if isinstance(expr, OpExpr):
        return _is_simple(expr.left) and _is_simple(expr.right)
    if isinstance(expr, ComparisonExpr):
        return all(_is_simple(e) for e in expr.operands)
    if isinstance(expr, TupleExpr):
        return all(_is_simple(e) for e in expr.items)
    return False


def _surely_defined(tree: MypyFile) -> set[str]:
    """Globals assigned at the top of the module before any call, hence
    before any compiled function can run: reading them needs no check."""
    names: set[str] = set()
    for stmt in tree.defs:
        if isinstance(stmt, (FuncDef, ImportBase, PassStmt)):
            continue
        if isinstance(stmt, ExpressionStmt) and isinstance(stmt.expr, StrExpr):
            continue
        if isinstance(stmt, AssignmentStmt) and _is_simple(stmt.rvalue):
            for target in stmt.lvalues:
                if isinstance(target, NameExpr):
                    names.add(global_name(tree.fullname, target.name))
            continue
        break
    return names


def _check_imports(builder: IRBuilder, tree: MypyFile) -> list[str]:
    """The compiled modules ``tree`` imports; refuses unknown modules."""
    imported: list[str] = []
    for stmt in tree.imports:
        if isinstance(stmt, Import):
            names = [name for name, _ in stmt.ids]
        elif isinstance(stmt, (ImportFrom, ImportAll)):
            names = [stmt.id]
        else:
            continue
        for name in names:
            if name in builder.program.modules:
                imported.append(name)
            elif not is_provided_module(name, builder.program):
                builder.error(stmt, f'module "{name}" is not provided by pyuk')
    return imported


def _return_rtype(builder: IRBuilder, sig: CallableType, node: FuncDef) -> RType:
    rtype = builder.rtype(proper(sig.ret_type), node)
    return VOID if rtype == NONE else rtype


def _lower_function(builder: IRBuilder, defn: FuncDef) -> Function | None:
    if generics.is_generic_function(defn):
        return None  # compiled per instantiation (irbuild/generics.py)
    sig = proper(defn.type) if defn.type is not None else None
    if not isinstance(sig, CallableType):
        builder.error(defn, f'function "{defn.name}" has no type annotations')
        return None
    try:
        params = [
            Register(arg.variable.name, builder.rtype(t, defn))
            for arg, t in zip(defn.arguments, sig.arg_types, strict=True)
        ]
        fn = Function(
            function_symbol(defn), params, _return_rtype(builder, sig, defn), defn.name,
            defn.line, file=_file_if_not_main(builder),
        )
    except Unsupported as exc:
        builder.error(exc.node, exc.message)
        return None
    previous = builder.begin_function(fn)
    generics.enter_method(builder, defn)  # a method of a generic class's instance
    for arg, reg in zip(defn.arguments, params, strict=True):
        builder.state.locals[arg.variable] = reg
    if not lower_native_body(builder, defn, params):  # pyuk.xen's functions
        builder.block_of(defn.body.body)
    builder.end_function(previous)
    return fn


def _module_globals(builder: IRBuilder, tree: MypyFile) -> None:
    for name, symbol in tree.names.items():
        node = symbol.node
        if symbol.kind != GDEF or not isinstance(node, Var) or node.type is None:
            continue
        if name.startswith("__") and name.endswith("__"):
            continue
        if symbol.module_public is False and node.fullname.rsplit(".", 1)[0] != tree.fullname:
            continue
        if node.fullname.rsplit(".", 1)[0] != tree.fullname:
            continue  # imported from another module
        try:
            # a module-level ``except ... as e`` variable: any exception
            rtype = EXCEPTION_REF if is_deleted(node.type) else builder.rtype(node.type, node)
        except Unsupported as exc:
            builder.error(exc.node, exc.message)
            continue
        g = Global(global_name(tree.fullname, name), rtype)
        builder.globals[g.name] = g
        builder.module.globals.append(g)


def _file_if_not_main(builder: IRBuilder) -> str:
    return "" if builder.file == builder.module.file else builder.file


def _lower_module(builder: IRBuilder, tree: MypyFile) -> Function:
    """Lowers a module's functions and its top-level code."""
    _module_globals(builder, tree)
    builder.surely_defined = _surely_defined(tree)
    top_level: list[Statement] = []
    for stmt in tree.defs:
        if isinstance(stmt, FuncDef):
            fn = _lower_function(builder, stmt)
            if fn is not None:
                builder.module.functions.append(fn)
            top_level.append(stmt)  # the def statement evaluates its defaults
        elif isinstance(stmt, ClassDef):
            # methods now; the class statement (class variables) runs in order
            lower_class_functions(builder, stmt)
            top_level.append(stmt)
        elif not isinstance(stmt, ImportBase):
            top_level.append(stmt)
    init = Function(
        f"{tree.fullname}.<module>", [], VOID, "<module>", file=_file_if_not_main(builder)
    )
    previous = builder.begin_function(init)
    builder.block_of(top_level)
    builder.end_function(previous)
    builder.module.functions.append(init)
    return init


def build_ir(program: TypedProgram, batch: bool = False) -> Module:
    """The IR of the whole program, or CompileError with every diagnostic.

    With ``batch``, the programs given to mypy are run one after another by
    a single image, each ended by ``pyuk_batch_end`` (which reports its
    exit status): the test suite boots one kernel for many programs."""
    diagnostics = Diagnostics()
    first = program.main_module
    module = Module(first, program.path_of(first), entry=PROGRAM_ENTRY)
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in visiting or name in order:
            return
        visiting.add(name)
        tree = program.modules[name]
        builder = IRBuilder(program, tree, module, diagnostics)
        for dep in _check_imports(builder, tree):
            visit(dep)
        _lower_module(builder, tree)
        order.append(name)

    entry = Function(PROGRAM_ENTRY, [], VOID, "<program>", exported=True)
    builder = IRBuilder(program, program.modules[first], module, diagnostics)
    previous = builder.begin_function(entry)
    for main in program.main_modules:
        before = len(order)
        visit(main)
        if not batch:
            continue
        builder.call_runtime("pyuk_batch_begin", [Const(main, STR)])
        done = builder.new_block()
        for name in order[before:]:
            builder.add(Instr("call", symbol=f"{name}.<module>", handler=done))
        builder.goto(done)
        builder.activate(done)
        builder.call_runtime("pyuk_batch_end", [Const(main, STR)])
    if not batch:
        for name in order:
            builder.add(Instr("call", symbol=f"{name}.<module>"))
    builder.end_function(previous)
    module.functions.append(entry)
    if diagnostics:
        raise CompileError(diagnostics.sorted())
    return module
