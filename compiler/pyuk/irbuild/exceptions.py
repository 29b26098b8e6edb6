"""Exceptions: raise, try/except/else/finally, assert, the builtin exception
constructors and sys.exit (docs/exceptions.md).

An op that raises leaves the exception pending and the back end branches to
the op's ``handler`` block: ``FunctionState.handler`` is the innermost
region's entry.  The regions:

- a ``try`` body's handler is its dispatch block: it takes the exception
  (``exc.fetch``), tests the clauses' classes in order and re-raises what no
  clause matches;
- an except clause sets the handled exception (for ``__context__`` and
  bare ``raise``), binds its name, runs; leaving it in any way restores the
  previous handled exception (``unwind.HandlerRegion``);
- a finally body runs on every way out of its ``try``: a selector says which
  (``unwind.FinallyRegion``).
"""

from __future__ import annotations

from dataclasses import dataclass

from mypy.nodes import (
    ARG_POS,
    AssertStmt,
    Block,
    CallExpr,
    ClassDef,
    Context,
    Decorator,
    Expression,
    FuncItem,
    MemberExpr,
    NameExpr,
    OverloadedFuncDef,
    RaiseStmt,
    RefExpr,
    Statement,
    TryStmt,
    TupleExpr,
    TypeInfo,
    Var,
)
from mypy.typeops import make_simplified_union
from mypy.types import (
    AnyType,
    CallableType,
    DeletedType,
    Instance,
    Type,
    TypeType,
    get_proper_type,
)

from pyuk.frontend.walk import walk
from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, RType
from pyuk.irbuild import unwind
from pyuk.irbuild.builder import IRBuilder, Unsupported, statement_handler
from pyuk.irbuild.calls import builtin
from pyuk.irbuild.exception_classes import BUILTIN_EXCEPTIONS, builtin_type_symbol
from pyuk.irbuild.logic import lower_condition
from pyuk.irbuild.statements import store

BASE_EXCEPTION = RType("BaseException", OBJECT.repr)

# ---- classes ----


def class_symbol(builder: IRBuilder, info: TypeInfo, node: Context) -> str:
    """The type descriptor symbol of an exception class."""
    if info.fullname == f"builtins.{info.name}" and info.name in BUILTIN_EXCEPTIONS:
        return builtin_type_symbol(info.name)
    if not info.has_base("builtins.BaseException"):
        raise Unsupported(node, f'"{info.name}" is not an exception class')
    from pyuk.irbuild import classes_hooks

    symbol = classes_hooks.user_class_symbol(builder, info)
    if symbol is None:
        raise Unsupported(node, f'exception class "{info.name}" is not supported by pyuk yet')
    return symbol


def _class_of(expr: Expression) -> TypeInfo | None:
    if isinstance(expr, RefExpr) and isinstance(expr.node, TypeInfo):
        return expr.node
    return None


def _clause_classes(builder: IRBuilder, expr: Expression) -> list[str]:
    """The classes an except clause names: a class or a tuple of classes."""
    items = expr.items if isinstance(expr, TupleExpr) else [expr]
    symbols = []
    for item in items:
        info = _class_of(item)
        if info is None:
            raise Unsupported(item, "an except clause with a class held in a variable is not "
                              "supported by pyuk: name the exception classes")
        symbols.append(class_symbol(builder, info, item))
    return symbols


# ---- values ----


def as_object(builder: IRBuilder, value: Operand, rtype: RType, node: Context) -> Operand:
    """``value`` as a reference (numbers are boxed)."""
    if rtype in (INT, FLOAT, BOOL):
        return builder.emit("box", [value], node, result=OBJECT)
    if rtype == NONE or rtype.is_ref:
        return value
    raise Unsupported(node, f'a value of type "{rtype}" cannot be an exception argument yet')


def _new(
    builder: IRBuilder, symbol: str, args: list[Operand], node: Context, rtype: RType
) -> Register:
    dest = builder.temp(rtype)
    builder.add(Instr("exc.new", dest, list(args), symbol=symbol, line=node.line))
    return dest


def _evaluate_args(builder: IRBuilder, call: CallExpr, what: str) -> list[Operand]:
    if any(kind != ARG_POS for kind in call.arg_kinds):
        raise Unsupported(call, f"{what}() takes no keyword arguments")
    args = []
    for arg in call.args:
        args.append(as_object(builder, builder.expr(arg), builder.rtype_of(arg), arg))
    return args


def _lower_exception_call(builder: IRBuilder, call: CallExpr) -> Operand:
    assert isinstance(call.callee, RefExpr)
    name = call.callee.fullname.rsplit(".", 1)[1]
    args = _evaluate_args(builder, call, name)
    return _new(builder, builtin_type_symbol(name), args, call, builder.rtype_of(call))


for _name in BUILTIN_EXCEPTIONS:
    builtin(f"builtins.{_name}")(_lower_exception_call)


def exception_value(builder: IRBuilder, expr: Expression) -> Operand:
    """What ``raise expr`` raises: an instance, or a new one of a class."""
    info = _class_of(expr)
    if info is None:
        if isinstance(get_proper_type(builder.type_of(expr)), (TypeType, CallableType)):
            raise Unsupported(expr, "raising a class held in a variable is not supported by "
                              "pyuk: raise an instance")
        return builder.expr(expr)
    symbol = class_symbol(builder, info, expr)
    if info.fullname == f"builtins.{info.name}":
        return _new(builder, symbol, [], expr, RType(info.name, OBJECT.repr))
    from pyuk.irbuild import classes_hooks

    instance = classes_hooks.instantiate(builder, info, expr)
    if instance is None:
        raise Unsupported(expr, f'raising the class "{info.name}" is not supported by pyuk yet')
    return instance


# ---- raise ----


@statement_handler(RaiseStmt)
def lower_raise(builder: IRBuilder, stmt: RaiseStmt) -> None:
    if stmt.expr is None:
        reraise_handled(builder, stmt)
        return
    exc = exception_value(builder, stmt.expr)
    if stmt.from_expr is None:
        builder.add(Instr("exc.raise", args=[exc], line=stmt.line))
        return
    cause: Operand = Const(None, NONE)
    if builder.rtype_of(stmt.from_expr) != NONE:
        cause = exception_value(builder, stmt.from_expr)
    builder.add(Instr("exc.raise_from", args=[exc, cause], line=stmt.line))


def reraise_handled(builder: IRBuilder, node: Context) -> None:
    """Bare ``raise``: the exception being handled, traceback untouched, or
    RuntimeError when there is none."""
    handled = builder.emit("exc.handled", [], node, result=BASE_EXCEPTION)
    none = builder.emit("ref.is", [handled, Const(None, NONE)], node)
    missing, present = builder.new_block(), builder.new_block()
    builder.branch(none, missing, present)
    builder.activate(missing)
    builder.call_runtime("pyuk_raise_no_active", [], node)
    builder.add(Instr("unreachable"))
    builder.activate(present)
    builder.add(Instr("exc.reraise", args=[handled]))


# ---- try ----


@statement_handler(TryStmt)
def lower_try(builder: IRBuilder, stmt: TryStmt) -> None:
    if stmt.is_star:
        raise Unsupported(stmt, "except* is not supported by pyuk")
    if stmt.finally_body is None:
        _lower_try_except(builder, stmt)
        return
    if stmt.handlers:
        _lower_try_finally(builder, stmt, lambda: _lower_try_except(builder, stmt))
    else:
        _lower_try_finally(builder, stmt, lambda: builder.block_of(stmt.body.body))


def _lower_try_except(builder: IRBuilder, stmt: TryStmt) -> None:
    state = builder.state
    outer = state.handler
    dispatch, done = builder.new_block(), builder.new_block()
    state.handler = dispatch
    try:
        builder.block_of(stmt.body.body)
    finally:
        state.handler = outer
    if stmt.else_body is not None:
        builder.block_of(stmt.else_body.body)
    builder.goto(done)

    builder.activate(dispatch)
    exc = builder.emit("exc.fetch", [], stmt, result=BASE_EXCEPTION)
    previous = builder.emit("exc.handled", [], stmt, result=BASE_EXCEPTION)
    for type_expr, var, body in zip(stmt.types, stmt.vars, stmt.handlers, strict=True):
        clause = builder.new_block()
        if type_expr is None:
            builder.goto(clause)
        else:
            for symbol in _clause_classes(builder, type_expr):
                matches = builder.temp(BOOL)
                builder.add(Instr("exc.matches", matches, [exc], symbol=symbol))
                next_test = builder.new_block()
                builder.branch(matches, clause, next_test)
                builder.activate(next_test)
        no_match = builder.state.block
        builder.activate(clause)
        _lower_clause(builder, exc, previous, var, type_expr, body.body, done)
        builder.state.block = no_match
        if type_expr is None:
            break
    if not builder.state.block.terminated:
        builder.add(Instr("exc.reraise", args=[exc]))
    builder.activate(done)


def _bound_type(builder: IRBuilder, var: NameExpr, type_expr: Expression | None) -> RType:
    """The type of ``e`` in ``except A as e`` / ``except (A, B) as e``."""
    if isinstance(var.node, Var) and var.node.type is not None:
        declared = get_proper_type(var.node.type)
        if not isinstance(declared, DeletedType):
            return builder.rtype(declared, var)
    assert type_expr is not None
    items = type_expr.items if isinstance(type_expr, TupleExpr) else [type_expr]
    infos = [_class_of(item) for item in items]
    instances: list[Type] = [Instance(info, []) for info in infos if info is not None]
    return builder.rtype(make_simplified_union(instances), var)


def _lower_clause(
    builder: IRBuilder, exc: Register, previous: Register, var: NameExpr | None,
    type_expr: Expression | None, body: list[Statement], done: BasicBlock,
) -> None:
    state = builder.state
    builder.add(Instr("exc.set_handled", args=[exc]))
    if var is not None:
        var_type = _bound_type(builder, var, type_expr)
        typed = builder.temp(var_type)
        builder.move(typed, exc)
        store(builder, var, typed, var_type)
    region = unwind.HandlerRegion(len(state.loops), previous, var)
    cleanup = builder.new_block()
    outer = state.handler
    state.regions.append(region)
    state.handler = cleanup
    try:
        builder.block_of(body)
    finally:
        state.regions.pop()
        state.handler = outer
    if not state.block.terminated:
        region.cleanup(builder)
        builder.goto(done)
    # an exception leaving the clause: restore, then pass it on
    builder.activate(cleanup)
    region.cleanup(builder)
    builder.add(Instr("exc.reraise"))


def _lower_try_finally(builder: IRBuilder, stmt: TryStmt, lower_body: object) -> None:
    assert stmt.finally_body is not None and callable(lower_body)
    state = builder.state
    outer = state.handler
    selector = builder.temp(INT)
    saved = builder.temp(BASE_EXCEPTION)
    previous = builder.temp(BASE_EXCEPTION)
    entry, landing, body_start, done = (builder.new_block() for _ in range(4))
    region = unwind.FinallyRegion(len(state.loops), selector, entry)
    state.regions.append(region)
    state.handler = landing
    try:
        lower_body()
    finally:
        state.regions.pop()
        state.handler = outer
    falls_through = not state.block.terminated
    inline_copy = falls_through and _can_lower_twice(stmt.finally_body)
    if inline_copy:
        # the way out when nothing was raised runs a copy of the finally
        # body in line, as CPython compiles it: no selector, no saved
        # exception, the same code as without the try
        builder.block_of(stmt.finally_body.body)
        if not state.block.terminated:
            builder.goto(done)
    elif falls_through:
        builder.move(selector, Const(unwind.NORMAL, INT))
        builder.goto(entry)
    # entered by an exception: it is being handled while the body runs
    builder.activate(landing)
    builder.add(Instr("exc.fetch", saved))
    builder.add(Instr("exc.handled", previous))
    builder.add(Instr("exc.set_handled", args=[saved]))
    # the shared copy is entered without an exception only by the exits
    # (return, break, continue) when the way out by falling through has
    # its own copy; with neither, the exception is its only way in
    entered_otherwise = bool(region.exits) or (falls_through and not inline_copy)
    if entered_otherwise:
        builder.move(selector, Const(unwind.EXCEPTION, INT))
    builder.goto(body_start)
    if entered_otherwise:
        builder.activate(entry)
        builder.add(Instr("exc.handled", previous))
        builder.goto(body_start)

    builder.activate(body_start)
    body_region = unwind.FinallyBodyRegion(len(state.loops), previous)
    cleanup = builder.new_block()
    state.regions.append(body_region)
    state.handler = cleanup
    try:
        builder.block_of(stmt.finally_body.body)
    finally:
        state.regions.pop()
        state.handler = outer
    if not state.block.terminated:
        builder.add(Instr("exc.set_handled", args=[previous]))
        unwind.dispatch_finally(builder, region, saved, done, falls_through and not inline_copy)
    builder.activate(cleanup)
    builder.add(Instr("exc.set_handled", args=[previous]))
    builder.add(Instr("exc.reraise"))
    builder.activate(done)


def _can_lower_twice(body: Block) -> bool:
    """Whether a finally body may be lowered a second time: not if it
    defines functions or classes (they would be defined twice), nor if it
    holds a finally of its own (copies of copies would grow the code
    exponentially with the nesting)."""
    for node in walk(body):
        if isinstance(node, (FuncItem, Decorator, OverloadedFuncDef, ClassDef)):
            return False
        if isinstance(node, TryStmt) and node.finally_body is not None:
            return False
    return True


# ---- assert ----


@statement_handler(AssertStmt)
def lower_assert(builder: IRBuilder, stmt: AssertStmt) -> None:
    ok = lower_condition(builder, stmt.expr)
    passed, failed = builder.new_block(), builder.new_block()
    builder.branch(ok, passed, failed)
    builder.activate(failed)
    args: list[Operand] = []
    if stmt.msg is not None:
        args.append(as_object(builder, builder.expr(stmt.msg), builder.rtype_of(stmt.msg),
                              stmt.msg))
    exc = _new(builder, builtin_type_symbol("AssertionError"), args, stmt,
               RType("AssertionError", OBJECT.repr))
    builder.add(Instr("exc.raise", args=[exc], line=stmt.line))
    builder.activate(passed)


# ---- sys.exit ----


@builtin("sys.exit", "builtins.exit", "builtins.quit")
def lower_exit(builder: IRBuilder, call: CallExpr) -> Operand:
    """sys.exit(code=None): raises SystemExit(code)."""
    if len(call.args) > 1 or any(kind != ARG_POS for kind in call.arg_kinds):
        raise Unsupported(call, "sys.exit() takes at most one positional argument in pyuk")
    args = _evaluate_args(builder, call, "sys.exit")
    exc = _new(builder, builtin_type_symbol("SystemExit"), args, call,
               RType("SystemExit", OBJECT.repr))
    builder.add(Instr("exc.raise", args=[exc], line=call.line))
    return Const(None, NONE)


# ---- comprehension frames ----


@dataclass
class ComprehensionFrame:
    outer_handler: BasicBlock | None
    handler: BasicBlock
    name: str
    line: int


def enter_comprehension_frame(builder: IRBuilder, name: str, line: int) -> ComprehensionFrame:
    """CPython 3.11 runs a comprehension (``<listcomp>``, ``<setcomp>``,
    ``<dictcomp>``, ``<genexpr>``) in a frame of its own, called at ``line``
    once its first iterable is evaluated: exceptions raised from here to
    leave_comprehension_frame get that frame in their traceback."""
    state = builder.state
    frame = ComprehensionFrame(state.handler, builder.new_block(), name, line)
    state.handler = frame.handler
    return frame


def leave_comprehension_frame(builder: IRBuilder, frame: ComprehensionFrame) -> None:
    """Ends the frame's code (the current block must be terminated)."""
    state = builder.state
    state.handler = frame.outer_handler
    resume = state.block
    builder.activate(frame.handler)
    builder.add(Instr("exc.subframe", symbol=frame.name))
    builder.add(Instr("exc.propagate", line=frame.line))
    state.block = resume


# ---- attributes: e.args, e.__cause__, e.__context__, ... ----

# struct pyuk_exception fields compiled code reads (exc.field's symbol)
_EXCEPTION_FIELDS = {
    "args": "args",
    "__cause__": "cause",
    "__context__": "context",
    "__suppress_context__": "suppress_context",
}


def _exception_member(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    """Attributes of BaseException (and SystemExit.code) on any exception,
    builtin or user-defined."""
    receiver = get_proper_type(builder.program.types.get(expr.expr))
    if not isinstance(receiver, Instance):
        return None
    info = receiver.type
    if not info.has_base("builtins.BaseException"):
        return None
    owner = next((base for base in info.mro if expr.name in base.names), None)
    if owner is None or not owner.fullname.startswith("builtins."):
        return None  # a field of a user class
    value = builder.expr(expr.expr)
    if expr.name == "args":
        # typeshed says tuple[Any, ...]; the items are objects
        declared = get_proper_type(owner.names["args"].type)
        assert isinstance(declared, Instance)
        args_type = Instance(declared.type, [Instance(info.mro[-1], [])])
        builder.program.types[expr] = args_type
        rtype = builder.rtype(args_type, expr)
    else:
        rtype = builder.rtype_of(expr)
    dest = builder.temp(rtype)
    if expr.name in _EXCEPTION_FIELDS:
        builder.add(Instr("exc.field", dest, [value], symbol=_EXCEPTION_FIELDS[expr.name]))
    elif expr.name == "code" and owner.fullname == "builtins.SystemExit":
        code = builder.call_runtime("pyuk_system_exit_code", [value], expr)
        assert code is not None
        builder.move(dest, code)
    else:
        raise Unsupported(expr, f'the exception attribute "{expr.name}" is not supported by pyuk')
    return dest


# ---- isinstance(x, ExceptionClass) ----


def _isinstance(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """isinstance() against exception classes, builtin or user-defined
    (a tuple may mix them)."""
    if len(call.args) != 2 or any(kind != ARG_POS for kind in call.arg_kinds):
        return None
    target = call.args[1]
    items = target.items if isinstance(target, TupleExpr) else [target]
    infos = [_class_of(item) for item in items]
    if not all(info is not None and info.has_base("builtins.BaseException") for info in infos):
        return None
    symbols = [class_symbol(builder, info, item) for info, item in zip(infos, items, strict=True)
               if info is not None]
    value = builder.expr(call.args[0])
    if not builder.rtype_of(call.args[0]).is_ref:
        return Const(False, BOOL)
    result = builder.temp(BOOL)
    builder.move(result, Const(False, BOOL))
    done = builder.new_block()
    for symbol in symbols:
        builder.add(Instr("exc.matches", result, [value], symbol=symbol))
        next_test = builder.new_block()
        builder.branch(result, done, next_test)
        builder.activate(next_test)
    builder.goto(done)
    builder.activate(done)
    return result


def _wrap_builtin(name: str, handler: object) -> None:
    """Puts ``handler`` before the lowering already registered for the
    builtin ``name``; it returns None for calls that are not its business."""
    from pyuk.irbuild.calls import BUILTIN_CALLS

    assert callable(handler)
    previous = BUILTIN_CALLS.get(name)

    def combined(builder: IRBuilder, call: CallExpr) -> Operand:
        result = handler(builder, call)
        if result is not None:
            return result  # type: ignore[no-any-return]
        if previous is None:
            raise Unsupported(call, f"{name.split('.')[-1]}() with these arguments is not"
                              " supported by pyuk yet")
        return previous(builder, call)

    BUILTIN_CALLS[name] = combined


def _args_items_are_objects(builder: IRBuilder, t: Type) -> Type:
    """typeshed types ``e.args`` as ``tuple[Any, ...]``; the dialect allows
    that Any and nothing else, and the items are objects."""
    p = get_proper_type(t)
    if (
        isinstance(p, Instance)
        and p.type.fullname == "builtins.tuple"
        and len(p.args) == 1
        and isinstance(get_proper_type(p.args[0]), AnyType)
    ):
        return Instance(p.type, [Instance(p.type.mro[-1], [])])
    return t


def _install() -> None:
    from pyuk.irbuild import builder as builder_module
    from pyuk.irbuild import expressions

    _wrap_builtin("builtins.isinstance", _isinstance)
    substitutions = getattr(builder_module, "TYPE_SUBSTITUTIONS", None)
    if substitutions is not None:
        substitutions.append(_args_items_are_objects)

    hooks = getattr(expressions, "MEMBER_HOOKS", None)  # attribute reads x.name
    if hooks is not None:
        hooks.append(_exception_member)


_install()
