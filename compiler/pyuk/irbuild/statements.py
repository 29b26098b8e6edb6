"""Statements: assignment, if, while, for over range, break/continue, return."""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import (
    GDEF,
    AssignmentStmt,
    Block,
    BreakStmt,
    CallExpr,
    ContinueStmt,
    Expression,
    ExpressionStmt,
    ForStmt,
    GlobalDecl,
    IfStmt,
    IntExpr,
    ListExpr,
    Lvalue,
    MemberExpr,
    NameExpr,
    OperatorAssignmentStmt,
    PassStmt,
    RefExpr,
    ReturnStmt,
    StarExpr,
    TupleExpr,
    TypeAliasExpr,
    TypeVarExpr,
    UnaryExpr,
    Var,
    WhileStmt,
)
from mypy.subtypes import find_member
from mypy.types import Instance, get_proper_type

from pyuk.ir.nodes import Const, Instr, Operand
from pyuk.ir.types import INT, NONE, VOID, RType
from pyuk.irbuild import unwind
from pyuk.irbuild.arithmetic import binary_numeric
from pyuk.irbuild.builder import IRBuilder, LoopTargets, Unsupported, statement_handler
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.expressions import global_name
from pyuk.irbuild.logic import lower_condition
from pyuk.irbuild.types import is_any, is_deleted


@statement_handler(ExpressionStmt)
def lower_expression_stmt(builder: IRBuilder, stmt: ExpressionStmt) -> None:
    if isinstance(stmt.expr, (IntExpr, NameExpr)) or stmt.expr.__class__.__name__ in (
        "StrExpr", "EllipsisExpr"
    ):
        return  # docstrings, bare names and `...` bodies have no effect worth compiling
    builder.expr(stmt.expr)


@statement_handler(PassStmt)
def lower_pass(builder: IRBuilder, stmt: PassStmt) -> None:
    pass


@statement_handler(GlobalDecl)
def lower_global_decl(builder: IRBuilder, stmt: GlobalDecl) -> None:
    pass  # mypy already binds the names to the module's variables


@statement_handler(Block)
def lower_block(builder: IRBuilder, stmt: Block) -> None:
    builder.block_of(stmt.body)


# Stores to other targets (x[i] = v, a, b = t, obj.attr = v): each hook
# returns True when it handled the target.
STORE_HOOKS: list[Callable[[IRBuilder, Lvalue, Operand, RType], bool]] = []
# Augmented assignments the numeric path does not cover (lst += x, d[k] += 1)
AUGASSIGN_HOOKS: list[Callable[[IRBuilder, OperatorAssignmentStmt], bool]] = []


def store(builder: IRBuilder, target: Lvalue, value: Operand, value_type: RType) -> None:
    """Assigns ``value`` to a name (local or module-level)."""
    if not isinstance(target, NameExpr) or not isinstance(target.node, Var):
        for hook in STORE_HOOKS:
            if hook(builder, target, value, value_type):
                return
        raise Unsupported(target, "this assignment target is not supported by pyuk yet")
    var = target.node
    declared = value_type
    if var.type is not None and not is_any(var.type) and not is_deleted(var.type):
        declared = builder.rtype(var.type, target)
    converted = coerce(builder, value, value_type, declared, target)
    from pyuk.irbuild.closures import write_variable

    if write_variable(builder, var, converted, target):
        return  # a variable shared with closures: it lives in a cell
    if target.kind == GDEF or builder.fn.display == "<module>":
        symbol = global_name(var.fullname.rsplit(".", 1)[0], var.name)
        builder.add(Instr("global.store", args=[converted], symbol=symbol))
    else:
        builder.move(builder.local(var, declared), converted)


def _parallel_pairs(target: Expression, value: Expression) -> list[tuple[Expression, Expression]]:
    """(target, value) leaves of a tuple display assigned to a tuple target
    of the same shape, in source order."""
    if (
        isinstance(target, (TupleExpr, ListExpr))
        and isinstance(value, TupleExpr)
        and len(target.items) == len(value.items)
        and not any(isinstance(item, StarExpr) for item in target.items)
    ):
        return [pair for t, v in zip(target.items, value.items, strict=True)
                for pair in _parallel_pairs(t, v)]
    return [(target, value)]


@statement_handler(AssignmentStmt)
def lower_assignment(builder: IRBuilder, stmt: AssignmentStmt) -> None:
    if stmt.is_alias_def or isinstance(
        getattr(stmt.rvalue, "analyzed", None), (TypeAliasExpr, TypeVarExpr)
    ):
        return  # type aliases and TypeVars exist for mypy only
    rvalue = stmt.rvalue
    if (
        len(stmt.lvalues) == 1
        and isinstance(stmt.lvalues[0], (TupleExpr, ListExpr))
        and isinstance(rvalue, TupleExpr)
        and len(stmt.lvalues[0].items) == len(rvalue.items)
        and not any(isinstance(item, StarExpr) for item in stmt.lvalues[0].items)
    ):
        # a, b = x, y and (a, b), c = (x, y), z: evaluate every value before
        # assigning any (mypy types the items of a nested display, not the
        # display itself, so it is never built)
        pairs = _parallel_pairs(stmt.lvalues[0], rvalue)
        temps = []
        for _, item in pairs:
            value, value_type = builder.expr(item), builder.rtype_of(item)
            temp = builder.temp(value_type)
            builder.move(temp, value)
            temps.append((temp, value_type))
        for (target, _), (temp, value_type) in zip(pairs, temps, strict=True):
            store(builder, target, temp, value_type)
        return
    value = builder.expr(rvalue)
    value_type = builder.rtype_of(rvalue)
    for target in stmt.lvalues:
        store(builder, target, value, value_type)


def _type_member_target(builder: IRBuilder, target: Lvalue) -> None:
    """Records the type of ``obj.attr`` in ``obj.attr op= value`` when mypy
    left it out: it types an attribute whose class has the in-place method
    (``self.items += [x]``, ``self.buf += data``) without recording it."""
    types = builder.program.types
    if not isinstance(target, MemberExpr) or dict.get(types, target) is not None:
        return
    receiver = get_proper_type(dict.get(types, target.expr))
    if isinstance(receiver, Instance):
        member = find_member(target.name, receiver, receiver)
        if member is not None:
            types[target] = member


@statement_handler(OperatorAssignmentStmt)
def lower_operator_assignment(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> None:
    _type_member_target(builder, stmt.lvalue)
    for hook in AUGASSIGN_HOOKS:
        if hook(builder, stmt):
            return
    if not isinstance(stmt.lvalue, NameExpr):
        raise Unsupported(stmt, "augmented assignment to this target is not supported by pyuk yet")
    current = builder.expr(stmt.lvalue)
    current_type = builder.rtype_of(stmt.lvalue)
    right = builder.expr(stmt.rvalue)
    result, result_type = binary_numeric(
        builder, stmt.op, current, current_type, right, builder.rtype_of(stmt.rvalue),
        None, stmt,
    )
    store(builder, stmt.lvalue, result, result_type)


@statement_handler(IfStmt)
def lower_if(builder: IRBuilder, stmt: IfStmt) -> None:
    done = builder.new_block()
    for cond_expr, body in zip(stmt.expr, stmt.body, strict=True):
        cond = lower_condition(builder, cond_expr)
        then_block, next_block = builder.new_block(), builder.new_block()
        builder.branch(cond, then_block, next_block)
        builder.activate(then_block)
        builder.block_of(body.body)
        builder.goto(done)
        builder.activate(next_block)
    if stmt.else_body is not None:
        builder.block_of(stmt.else_body.body)
    builder.goto(done)
    builder.activate(done)


@statement_handler(WhileStmt)
def lower_while(builder: IRBuilder, stmt: WhileStmt) -> None:
    test, body, orelse, done = (builder.new_block() for _ in range(4))
    builder.goto(test)
    builder.activate(test)
    cond = lower_condition(builder, stmt.expr)
    builder.branch(cond, body, orelse)
    builder.activate(body)
    builder.state.loops.append(LoopTargets(test, done))
    builder.block_of(stmt.body.body)
    builder.state.loops.pop()
    builder.goto(test)
    builder.activate(orelse)
    if stmt.else_body is not None:
        builder.block_of(stmt.else_body.body)
    builder.goto(done)
    builder.activate(done)


def _range_args(builder: IRBuilder, call: CallExpr) -> tuple[Operand, Operand, Operand, int | None]:
    """(start, stop, step, step if known at compile time) of range(...)."""
    if any(name is not None for name in call.arg_names):
        raise Unsupported(call, "range() takes no keyword arguments")
    values: list[Operand] = []
    for arg in call.args:
        value = builder.expr(arg)
        values.append(coerce(builder, value, builder.rtype_of(arg), INT, arg, binding=False))
    if len(values) == 1:
        return Const(0, INT), values[0], Const(1, INT), 1
    if len(values) == 2:
        return values[0], values[1], Const(1, INT), 1
    step_expr = call.args[2]
    known: int | None = None
    if isinstance(step_expr, IntExpr):
        known = step_expr.value
    elif (
        isinstance(step_expr, UnaryExpr)
        and step_expr.op == "-"
        and isinstance(step_expr.expr, IntExpr)
    ):
        known = -step_expr.expr.value
    return values[0], values[1], values[2], known


def _is_range_call(expr: Expression) -> bool:
    return (
        isinstance(expr, CallExpr)
        and isinstance(expr.callee, RefExpr)
        and expr.callee.fullname == "builtins.range"
    )


@statement_handler(ForStmt)
def lower_for(builder: IRBuilder, stmt: ForStmt) -> None:
    if not _is_range_call(stmt.expr):
        from pyuk.irbuild.iteration import lower_for_iterable

        lower_for_iterable(builder, stmt)
        return
    assert isinstance(stmt.expr, CallExpr)
    start, stop, step, known_step = _range_args(builder, stmt.expr)
    if known_step == 0 or known_step is None:
        # checked at run time, as CPython does when the range is created
        is_zero = builder.emit("int.eq", [step, Const(0, INT)], stmt.expr)
        bad, good = builder.new_block(), builder.new_block()
        builder.branch(is_zero, bad, good)
        builder.activate(bad)
        builder.call_runtime("pyuk_raise_range_step_zero", [], stmt.expr)
        builder.add(Instr("unreachable"))
        builder.activate(good)
    counter = builder.temp(INT)
    limit = builder.temp(INT)
    builder.move(counter, start)
    builder.move(limit, stop)
    test, body, advance, orelse, done = (builder.new_block() for _ in range(5))
    builder.goto(test)
    builder.activate(test)
    if known_step is not None:
        keep_going = builder.emit("int.lt" if known_step > 0 else "int.gt", [counter, limit])
    else:
        upward = builder.emit("int.gt", [step, Const(0, INT)])
        below = builder.emit("int.lt", [counter, limit])
        above = builder.emit("int.gt", [counter, limit])
        downward = builder.emit("bool.not", [upward])
        going_up = builder.emit("bool.and", [upward, below])
        going_down = builder.emit("bool.and", [downward, above])
        keep_going = builder.emit("bool.or", [going_up, going_down])
    builder.branch(keep_going, body, orelse)
    builder.activate(body)
    store(builder, stmt.index, counter, INT)
    builder.state.loops.append(LoopTargets(advance, done))
    builder.block_of(stmt.body.body)
    builder.state.loops.pop()
    builder.goto(advance)
    builder.activate(advance)
    if known_step in (1, -1):
        # the test just saw counter < limit (> for -1), and only this
        # instruction writes counter: one step cannot leave int64
        builder.add(Instr("int.add_nowrap", counter, [counter, step]))
    else:
        # stepping past INT_MAX/INT_MIN ends the range: saturate, never raise
        builder.add(Instr("int.add_saturating", counter, [counter, step]))
    builder.goto(test)
    builder.activate(orelse)
    if stmt.else_body is not None:
        builder.block_of(stmt.else_body.body)
    builder.goto(done)
    builder.activate(done)


# break, continue and return leave try/except/finally regions on their way
# (irbuild/unwind.py runs finally bodies and restores handled exceptions)


@statement_handler(BreakStmt)
def lower_break(builder: IRBuilder, stmt: BreakStmt) -> None:
    unwind.jump_out_of_loop(builder, "break")


@statement_handler(ContinueStmt)
def lower_continue(builder: IRBuilder, stmt: ContinueStmt) -> None:
    unwind.jump_out_of_loop(builder, "continue")


@statement_handler(ReturnStmt)
def lower_return(builder: IRBuilder, stmt: ReturnStmt) -> None:
    ret_type = builder.fn.return_type
    if stmt.expr is None:
        unwind.return_from_function(builder, None if ret_type == VOID else Const(None, NONE))
        return
    value = builder.expr(stmt.expr)
    value_type = builder.rtype_of(stmt.expr)
    if ret_type == VOID:
        unwind.return_from_function(builder, None)
        return
    unwind.return_from_function(builder, coerce(builder, value, value_type, ret_type, stmt.expr))
