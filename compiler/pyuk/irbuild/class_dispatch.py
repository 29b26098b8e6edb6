"""Wires the lowering of compiled classes (``class_ops``) into the shared
handlers: calls, attribute reads and writes, comparisons, operators, truth
values, indexing and class-level names.

Imported last by ``irbuild.modules``: class hooks go first in the shared
hook lists, since they only take expressions whose operands are instances
or classes of the program, which no other hook knows.
"""

from __future__ import annotations

from mypy.nodes import (
    MDEF,
    CallExpr,
    Context,
    Expression,
    IndexExpr,
    MemberExpr,
    NameExpr,
    OperatorAssignmentStmt,
    RefExpr,
    SuperExpr,
    TypeInfo,
    UnaryExpr,
    Var,
)
from mypy.types import Instance, TupleType

from pyuk.ir.classes import KIND_ENUM, KIND_NAMEDTUPLE, KIND_PROTOCOL
from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand
from pyuk.ir.types import BOOL, INT, OBJECT, STR, RType
from pyuk.irbuild import (
    arithmetic,
    calls,
    class_ops,
    coerce,
    containers,
    expressions,
    iteration,
    logic,
    statements,
)
from pyuk.irbuild.builder import (
    EXPRESSION_HANDLERS,
    IRBuilder,
    Unsupported,
    expression_handler,
)
from pyuk.irbuild.classes import (
    ClassInfo,
    class_of_type,
    class_of_type_object,
    convert,
    iterated_field,
    registry,
)
from pyuk.irbuild.iteration import ForGen
from pyuk.irbuild.types import proper


def _call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    callee = call.callee
    if isinstance(callee, RefExpr):
        if callee.fullname == "builtins.isinstance":
            return class_ops.try_isinstance(builder, call)
        if callee.fullname == "builtins.len":
            return class_ops.try_len(builder, call)
        if callee.fullname == "builtins.abs":
            return class_ops.try_abs(builder, call)
        if callee.fullname == "dataclasses.replace":
            return class_ops.dataclass_replace(builder, call)
        if callee.fullname == "builtins.type" and len(call.args) == 1:
            return _type_of(builder, call)
        if callee.fullname in ("builtins.int", "builtins.float") and len(call.args) == 1:
            arg = call.args[0]
            rtype = builder.rtype_of(arg)
            c = class_ops.user_class(builder, rtype)
            if c is not None and c.kind == KIND_ENUM:
                number = builder.emit("unbox", [builder.expr(arg)], call, result=INT)
                if callee.fullname == "builtins.float":
                    return builder.emit("int.to_float", [number], call)
                return number
    return class_ops.try_call(builder, call)


def _type_of(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """``type(x)`` of an instance: its class object (the descriptor)."""
    arg = call.args[0]
    rtype = builder.rtype_of(arg)
    t = builder.program.types.get(arg)
    p = proper(t) if t is not None else None
    if not rtype.is_ref or not isinstance(p, (Instance, TupleType)) or (
            isinstance(p, Instance) and p.type.fullname in _UNBOXED_CLASSES):
        return None  # numbers are unboxed, None has no header
    value = builder.expr(arg)
    return builder.emit("obj.type", [value], call, result=builder.rtype_of(call))


_UNBOXED_CLASSES = ("builtins.int", "builtins.float", "builtins.bool", "builtins.object")


def _is_class_object(builder: IRBuilder, expr: Expression) -> bool:
    """A class used as a value, or the result of type(x)."""
    if isinstance(expr, RefExpr) and isinstance(expr.node, TypeInfo):
        return True
    if isinstance(expr, CallExpr) and isinstance(expr.callee, RefExpr) and (
            expr.callee.fullname == "builtins.type"):
        return True
    t = builder.program.types.get(expr)
    return t is not None and class_of_type_object(builder, t) is not None


def _member_hook(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    if expr.name == "__name__" and _is_class_object(builder, expr.expr):
        if isinstance(expr.expr, RefExpr) and isinstance(expr.expr.node, TypeInfo):
            return Const(expr.expr.node.name, STR)
        cls = builder.expr(expr.expr)
        return builder.call_runtime("pyuk_type_name_str", [cls], expr)
    try:
        return class_ops.try_member(builder, expr)
    except class_ops._NotMine:
        return None


def _name_hook(builder: IRBuilder, expr: NameExpr) -> Operand | None:
    """A class-level name read in the class body (``B = A + 1``), and
    ``NotImplemented`` in special methods."""
    if expr.fullname == "builtins.NotImplemented":
        return class_ops.not_implemented(builder, expr)
    node = expr.node
    if isinstance(node, TypeInfo):
        c = registry(builder).get(node)
        if c is None or c.kind == KIND_PROTOCOL:
            return None
        dest = builder.temp(builder.rtype_of(expr))
        builder.add(Instr("class.ref", dest, symbol=c.fullname))
        return dest
    if expr.kind != MDEF or not isinstance(node, Var) or node.info is None:
        return None
    c = registry(builder).get(node.info)
    if c is None:
        return None
    member = MemberExpr(NameExpr(c.info.name), expr.name)
    member.set_line(expr)
    builder.program.types[member] = builder.type_of(expr)
    return class_ops._class_attribute(builder, c, member)


_IDENTITY_EQ = ("type[", "Callable[")


def _compare_hook(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                  right_type: RType, node: Context) -> Operand | None:
    if op in ("==", "!=") and (left_type.name.startswith(_IDENTITY_EQ)
                               or right_type.name.startswith(_IDENTITY_EQ)):
        # class objects (and functions) compare by identity
        if not (left_type.is_ref and right_type.is_ref):
            return Const(op == "!=", BOOL)
        return builder.emit("ref.is" if op == "==" else "ref.is_not", [left, right], node)
    if op not in ("is", "is not", "in", "not in"):
        left_enum = class_ops.enum_as_int(builder, left, left_type, node)
        right_enum = class_ops.enum_as_int(builder, right, right_type, node)
        if left_enum is not None or right_enum is not None:
            if left_enum is not None:
                left, left_type = left_enum
            if right_enum is not None:
                right, right_type = right_enum
            return logic.compare(builder, op, left, left_type, right, right_type, node)
    return class_ops.try_compare(builder, op, left, left_type, right, right_type, node)


def _binary_hook(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                 right_type: RType, result_type: RType | None,
                 node: Context) -> tuple[Operand, RType] | None:
    left_enum = class_ops.enum_as_int(builder, left, left_type, node)
    right_enum = class_ops.enum_as_int(builder, right, right_type, node)
    if left_enum is not None or right_enum is not None:
        if left_enum is not None:
            left, left_type = left_enum
        if right_enum is not None:
            right, right_type = right_enum
        return arithmetic.binary_numeric(builder, op, left, left_type, right, right_type,
                                         result_type, node)
    handled = class_ops.try_binary(builder, op, left, left_type, right, right_type, node,
                                   inplace=isinstance(node, OperatorAssignmentStmt))
    if handled is None:
        return None
    value, rtype = handled
    if isinstance(node, Expression) and node in builder.program.types:
        want = builder.rtype_of(node)
        return convert(builder, value, rtype, want, node), want
    return value, rtype


def _coerce_hook(builder: IRBuilder, value: Operand, src: RType, dst: RType,
                 node: Context) -> Operand | None:
    """Into a protocol type only go instances of classes whose method
    table the compiler built: refuse other values (builtins, object)."""
    if not dst.is_ref or src == dst or src.name == "None":
        return None
    reg = registry(builder)
    protocols = [reg.by_name(part) for part in dst.name.split(" | ")]
    if not any(p is not None and p.kind == KIND_PROTOCOL for p in protocols):
        return None
    for part in src.name.split(" | "):
        if part == "None":
            continue
        c = reg.by_name(part)
        if c is None:
            raise Unsupported(node, f'a value of type "{src}" where the protocol "{dst}" is '
                              "expected is not supported by pyuk: only instances of the "
                              "program's classes can be used through protocols")
        for p in protocols:
            if p is not None and p.fullname in c.protocol_failures:
                raise Unsupported(node, c.protocol_failures[p.fullname])
    return None


def _truth_hook(builder: IRBuilder, value: Operand, rtype: RType, node: Context) -> Operand | None:
    return class_ops.try_truth(builder, value, rtype, node)


def _store_hook(builder: IRBuilder, target: object, value: Operand, value_type: RType) -> bool:
    if isinstance(target, IndexExpr):
        return class_ops.try_store_item(builder, target, value, value_type)
    if not isinstance(target, MemberExpr):
        return False
    return class_ops.try_store_member(builder, target, value, value_type)


def _mutates_in_place(builder: IRBuilder, target: MemberExpr, op: str) -> bool:
    """``obj.items += xs`` on a list, set, dict or bytearray attribute extends
    the object it holds (an alias sees it): the container hooks do that."""
    t = builder.program.types.get(target)
    if t is None:
        return False
    rtype = builder.rtype(t, target)
    return containers.updates_in_place(rtype, op) or (rtype.name == "bytearray" and op == "+")


def _augassign_hook(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    """``obj.attr op= value`` and ``C.attr op= value``: the object is
    evaluated once."""
    target = stmt.lvalue
    if isinstance(target, IndexExpr):
        return class_ops.try_augassign_item(builder, stmt)
    if not isinstance(target, MemberExpr) or _mutates_in_place(builder, target, stmt.op):
        return False
    receiver = target.expr
    reg = registry(builder)
    t = builder.program.types.get(receiver)
    is_class = isinstance(receiver, RefExpr) and isinstance(receiver.node, TypeInfo)
    c = None
    if is_class:
        assert isinstance(receiver, RefExpr) and isinstance(receiver.node, TypeInfo)
        c = reg.get(receiver.node)
    elif t is not None:
        c = class_of_type_object(builder, t)
        if c is None:
            c = class_of_type(builder, t)
            if c is not None and target.name not in c.fields:
                raise Unsupported(stmt, f'augmented assignment to "{target.name}" is not '
                                  "supported by pyuk yet")
        else:
            is_class = True
            builder.expr(receiver)
    if c is None:
        return False
    obj: Operand | None = None
    if is_class:
        current = class_ops._class_attribute(builder, c, target)
    else:
        obj = builder.expr(receiver)
        ftype = c.fields[target.name]
        reg_value = builder.temp(ftype)
        builder.add(Instr("field.get", reg_value, [obj], symbol=f"{c.fullname}.{target.name}"))
        current = class_ops._wanted(builder, reg_value, ftype, target)
    right = builder.expr(stmt.rvalue)
    result, result_type = arithmetic.binary_numeric(
        builder, stmt.op, current, builder.rtype_of(target), right,
        builder.rtype_of(stmt.rvalue), None, stmt,
    )
    if obj is None:
        class_ops._store_class_var(builder, c, target, result, result_type)
    else:
        class_ops.store_field(builder, c, obj, target, result, result_type)
    return True


def _wrap_index() -> None:
    previous = EXPRESSION_HANDLERS.get(IndexExpr)

    def lower_index(builder: IRBuilder, expr: IndexExpr) -> Operand:
        handled = class_ops.try_index(builder, expr)
        if handled is not None:
            return handled
        if previous is None:
            raise Unsupported(expr, "indexing is not supported by pyuk yet")
        return previous(builder, expr)

    EXPRESSION_HANDLERS[IndexExpr] = lower_index  # type: ignore[assignment]


def _wrap_unary() -> None:
    previous = EXPRESSION_HANDLERS.get(UnaryExpr)

    def lower_unary(builder: IRBuilder, expr: UnaryExpr) -> Operand:
        rtype = builder.rtype_of(expr.expr)
        if class_ops.user_class(builder, rtype) is not None:
            value = builder.expr(expr.expr)
            enum = class_ops.enum_as_int(builder, value, rtype, expr)
            if enum is not None:
                number = enum[0]
                if expr.op == "-":
                    return builder.emit("int.neg", [number], expr)
                if expr.op == "+":
                    return number
                if expr.op == "~":
                    return builder.emit("int.invert", [number], expr)
                if expr.op == "not":
                    return builder.emit("int.eq", [number, Const(0, INT)], expr)
            handled = class_ops.try_unary(builder, expr.op, value, rtype, expr)
            if handled is not None:
                return handled
            if expr.op == "not":
                truth = coerce.truth_value(builder, value, rtype, expr)
                return builder.emit("bool.not", [truth], expr)
            raise Unsupported(expr, f'operator "{expr.op}" on "{rtype}" is not supported by '
                              "pyuk yet")
        if previous is None:
            raise Unsupported(expr, "this operator is not supported by pyuk yet")
        return previous(builder, expr)

    EXPRESSION_HANDLERS[UnaryExpr] = lower_unary  # type: ignore[assignment]


def _iterated_field(c: ClassInfo, node: Context) -> str:
    """The field that ``__iter__`` iterates (``return iter(self.<field>)``)."""
    if c.is_virtual("__iter__"):
        raise Unsupported(node, f'iterating over "{c.info.name}", whose subclasses override '
                          "__iter__, is not supported by pyuk yet")
    name = iterated_field(c)
    if name is None:
        raise Unsupported(node, f'iterating over "{c.info.name}" needs an __iter__ that returns '
                          "iter(self.<field>) in pyuk")
    return name


class _EnumGen(ForGen):
    """``for member in Color``: the members in definition order."""

    def __init__(self, builder: IRBuilder, c: ClassInfo, node: Context) -> None:
        super().__init__(builder, node)
        self.c = c
        self.item_type = c.rtype

    def init(self) -> None:
        self.index = self._keep(Const(0, INT), INT)

    def test(self, exit_: BasicBlock) -> None:
        done = self.b.emit("int.ge", [self.index, Const(len(self.c.members), INT)])
        self._exit_if(done, exit_)

    def item(self) -> Operand:
        b = self.b
        cls = b.temp(RType(f"type[{self.c.fullname}]", OBJECT.repr))
        b.add(Instr("class.ref", cls, symbol=self.c.fullname))
        member = b.call_runtime("pyuk_enum_member_at", [cls, self.index], self.node)
        assert member is not None
        typed = b.temp(self.c.rtype)
        b.move(typed, member)
        return typed

    def step(self) -> None:
        self.b.move(self.index, self.b.emit("int.add", [self.index, Const(1, INT)]))


def _gen_hook(builder: IRBuilder, expr: Expression, node: Context) -> ForGen | None:
    t = builder.program.types.get(expr)
    if t is None:
        return None
    c = class_of_type_object(builder, t)
    if c is not None and c.kind == KIND_ENUM and isinstance(expr, RefExpr):
        return _EnumGen(builder, c, node)
    c = class_of_type(builder, t)
    if c is None or c.kind in (KIND_NAMEDTUPLE, KIND_ENUM) or c.find_method("__iter__") is None:
        return None
    field_name = _iterated_field(c, node)
    synthetic = MemberExpr(expr, field_name)
    synthetic.set_line(expr)
    field_type = class_ops._field_mypy_type(c, field_name)
    if field_type is None:
        return None
    builder.program.types[synthetic] = field_type
    return iteration.make_gen(builder, synthetic, node)


@expression_handler(SuperExpr)
def _lower_super(builder: IRBuilder, expr: SuperExpr) -> Operand:
    return class_ops.super_member(builder, expr)


def _install() -> None:
    calls.CALL_HOOKS.insert(0, _call_hook)
    expressions.MEMBER_HOOKS.insert(0, _member_hook)
    expressions.NAME_HOOKS.insert(0, _name_hook)
    logic.COMPARE_HOOKS.insert(0, _compare_hook)
    arithmetic.BINARY_HOOKS.insert(0, _binary_hook)
    coerce.TRUTH_HOOKS.insert(0, _truth_hook)
    coerce.REFERENCE_COERCIONS.insert(0, _coerce_hook)
    statements.STORE_HOOKS.insert(0, _store_hook)
    statements.AUGASSIGN_HOOKS.insert(0, _augassign_hook)
    containers.DEL_HOOKS.append(class_ops.try_del_item)
    iteration.GEN_HOOKS.insert(0, _gen_hook)
    _wrap_index()
    _wrap_unary()


_install()
