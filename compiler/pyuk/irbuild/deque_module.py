"""``collections.deque``: a ring buffer in the runtime (runtime-c/core/deque.c)
holding words like a list (``deque[int]`` is unboxed), with O(1) appends and
pops at both ends.

Compiled here: ``deque()``, ``deque(iterable)``, ``deque(iterable, maxlen)``
(``maxlen=`` too, an int or None), the methods ``append``, ``appendleft``,
``pop``, ``popleft``, ``extend``, ``extendleft``, ``clear``, ``rotate``,
``count``, ``remove``, ``index``, ``copy``, ``reverse``; ``len``, truth,
``in``, ``==``/``!=``, ``d[i]``, ``d[i] = v``, ``d[i] op= v``, ``del d[i]``,
``d += iterable``, ``d.maxlen``, and iteration wherever pyuk iterates
(``for``, comprehensions, ``list()``, ``sorted()``, ``sum()``,
``reversed()``...) with CPython's "deque mutated during iteration" check.
repr/str/== of a deque anywhere (inside a list, printed) go through its
runtime type's special methods.  Ordering deques, ``+``/``*``, ``insert``
and the other methods are refused.
"""

from __future__ import annotations

from mypy.nodes import (
    ARG_NAMED,
    ARG_POS,
    CallExpr,
    Context,
    Expression,
    IndexExpr,
    MemberExpr,
    NameExpr,
    OperatorAssignmentStmt,
    SliceExpr,
)
from mypy.types import Type

from pyuk.ir.nodes import BasicBlock, Const, Operand
from pyuk.ir.types import BOOL, INT, NONE, WORD, RType
from pyuk.irbuild import (
    arithmetic,
    calls,
    containers,
    expressions,
    iteration,
    logic,
    statements,
)
from pyuk.irbuild import coerce as coerce_module
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import (
    class_of,
    int_index,
    item_rtype,
    kind_of,
    pack,
    rt,
    unpack,
    value_as,
    word_of,
)
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.iteration import GEN_HOOKS, ForGen, _builtin_call, _wrap, for_each

DEQUE = "collections.deque"
LENGTH_OFFSET = 8  # pyuk_deque.length (deque.h), where a list keeps its own


def is_deque_type(t: Type) -> bool:
    return class_of(t) == DEQUE


def is_deque_rtype(rtype: RType) -> bool:
    """deque[T] (or deque[T] | None, which is the same reference type)."""
    return rtype.is_ref and rtype.name.startswith(DEQUE + "[") and " | " not in rtype.name.split(
        "[", 1)[0]


def _is_deque_expr(builder: IRBuilder, expr: Expression) -> bool:
    return expr in builder.program.types and is_deque_type(builder.type_of(expr))


def _length(builder: IRBuilder, d: Operand, node: Context | None) -> Operand:
    return builder.emit("load.len", [d, Const(LENGTH_OFFSET, INT)], node)


# ---- construction ----


def _maxlen(builder: IRBuilder, expr: Expression | None) -> tuple[Operand, Operand]:
    """(maxlen, has_maxlen) operands."""
    if expr is None or is_none_literal(expr):
        return Const(0, INT), Const(False, BOOL)
    rtype = builder.rtype_of(expr)
    if rtype not in (INT, BOOL):
        raise Unsupported(expr, f'deque(maxlen=...) of type "{rtype}" is not supported by pyuk:'
                                ' pass an int or None')
    return coerce(builder, builder.expr(expr), rtype, INT, expr, binding=False), \
        Const(True, BOOL)


def _extend(builder: IRBuilder, d: Operand, item: RType, iterable: Expression, left: bool,
            node: Context) -> None:
    """d.extend(iterable) / d.extendleft(iterable): item by item, as
    CPython does (a deque is copied first, so d.extend(d) works)."""
    if _is_deque_expr(builder, iterable) and item_rtype(
            builder, builder.type_of(iterable), node) == item:
        rt(builder, "pyuk_deque_extend_deque",
           [d, builder.expr(iterable), Const(left, BOOL)], node)
        return
    name = "pyuk_deque_appendleft" if left else "pyuk_deque_append"

    def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        rt(builder, name, [d, pack(builder, coerce(builder, value, vtype, item, node), node)],
           node)

    for_each(builder, iterable, add, node)


def _construct(builder: IRBuilder, call: CallExpr) -> Operand:
    iterable: Expression | None = None
    maxlen: Expression | None = None
    for i, (arg, kind, name) in enumerate(zip(call.args, call.arg_kinds, call.arg_names,
                                              strict=True)):
        if kind == ARG_POS and i == 0:
            iterable = arg
        elif (kind == ARG_POS and i == 1) or (kind == ARG_NAMED and name == "maxlen"):
            maxlen = arg
        elif kind == ARG_NAMED and name == "iterable":
            iterable = arg
        else:
            raise Unsupported(call, "deque() with these arguments is not supported by pyuk")
    rtype = builder.rtype_of(call)
    item = item_rtype(builder, builder.type_of(call), call)
    limit, has_limit = _maxlen(builder, maxlen)
    d = builder.temp(rtype)
    builder.move(d, rt(builder, "pyuk_deque_new", [Const(kind_of(item), INT), limit, has_limit],
                       call))
    if iterable is not None:
        _extend(builder, d, item, iterable, False, call)
    return d


calls.BUILTIN_CALLS[DEQUE] = _construct
iteration._FAMILIES[DEQUE] = 16  # isinstance(x, deque): PYUK_T_DEQUE (runtime.h)


# ---- methods ----


def _args(call: CallExpr, name: str, low: int, high: int) -> list[Expression]:
    if not low <= len(call.args) <= high or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, f"deque.{name}() with these arguments is not supported by pyuk")
    return list(call.args)


def _method(builder: IRBuilder, call: CallExpr, recv: Expression, name: str) -> Operand:
    t = builder.type_of(recv)
    item = item_rtype(builder, t, call)
    none = Const(None, NONE)
    if name in ("append", "appendleft"):
        (arg,) = _args(call, name, 1, 1)
        d = builder.expr(recv)
        rt(builder, f"pyuk_deque_{name}", [d, pack(builder, value_as(builder, arg, item), arg)],
           call)
        return none
    if name in ("pop", "popleft"):
        _args(call, name, 0, 0)
        return unpack(builder, rt(builder, f"pyuk_deque_{name}", [builder.expr(recv)], call),
                      item, call)
    if name in ("extend", "extendleft"):
        (arg,) = _args(call, name, 1, 1)
        d = builder.temp(builder.rtype_of(recv))
        builder.move(d, builder.expr(recv))
        _extend(builder, d, item, arg, name == "extendleft", call)
        return none
    if name in ("clear", "reverse"):
        _args(call, name, 0, 0)
        rt(builder, f"pyuk_deque_{name}", [builder.expr(recv)], call)
        return none
    if name == "rotate":
        args = _args(call, name, 0, 1)
        d = builder.expr(recv)
        n = value_as(builder, args[0], INT) if args else Const(1, INT)
        rt(builder, "pyuk_deque_rotate", [d, n], call)
        return none
    if name in ("count", "remove"):
        (arg,) = _args(call, name, 1, 1)
        d = builder.expr(recv)
        w, k = word_of(builder, builder.expr(arg), builder.rtype_of(arg), arg)
        return rt(builder, f"pyuk_deque_{name}", [d, w, k], call)
    if name == "index":
        args = _args(call, name, 1, 3)
        d = builder.expr(recv)
        w, k = word_of(builder, builder.expr(args[0]), builder.rtype_of(args[0]), args[0])
        kept = builder.temp(WORD)
        builder.move(kept, w)
        start = value_as(builder, args[1], INT) if len(args) > 1 else Const(0, INT)
        stop = value_as(builder, args[2], INT) if len(args) > 2 else Const(2**63 - 1, INT)
        return rt(builder, "pyuk_deque_index", [d, kept, k, start, stop], call)
    if name == "copy":
        _args(call, name, 0, 0)
        result = builder.temp(builder.rtype_of(call))
        builder.move(result, rt(builder, "pyuk_deque_copy", [builder.expr(recv)], call))
        return result
    raise Unsupported(call, f'the method "deque.{name}" is not supported by pyuk yet')


def _call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    callee = call.callee
    if not isinstance(callee, MemberExpr) or not _is_deque_expr(builder, callee.expr):
        return None
    return _method(builder, call, callee.expr, callee.name)


calls.CALL_HOOKS.insert(0, _call_hook)


# ---- len, truth, in, ==, indexing, attributes ----


def _len(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if len(call.args) != 1 or not _is_deque_expr(builder, call.args[0]):
        return None
    return _length(builder, builder.expr(call.args[0]), call)


_wrap("builtins.len", _len)


def _truth(builder: IRBuilder, value: Operand, rtype: RType, node: Context) -> Operand | None:
    if not is_deque_rtype(rtype):
        return None
    result = builder.temp(BOOL)
    present, done = builder.new_block(), builder.new_block()
    builder.move(result, Const(False, BOOL))
    builder.branch(builder.emit("ref.is_not", [value, Const(None, NONE)], node), present, done)
    builder.activate(present)
    builder.move(result, builder.emit("int.ne", [_length(builder, value, node), Const(0, INT)],
                                      node))
    builder.goto(done)
    builder.activate(done)
    return result


coerce_module.TRUTH_HOOKS.insert(0, _truth)


def _compare(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
             right_type: RType, node: Context) -> Operand | None:
    if op in ("in", "not in") and is_deque_rtype(right_type):
        w, k = word_of(builder, left, left_type, node)
        found = rt(builder, "pyuk_deque_contains", [right, w, k], node)
        return found if op == "in" else builder.emit("bool.not", [found], node)
    if not (is_deque_rtype(left_type) or is_deque_rtype(right_type)):
        return None
    if op in ("==", "!="):
        lw, lk = word_of(builder, left, left_type, node)
        rw, rk = word_of(builder, right, right_type, node)
        equal = rt(builder, "pyuk_word_eq", [lw, lk, rw, rk], node)
        return equal if op == "==" else builder.emit("bool.not", [equal], node)
    if op in ("<", "<=", ">", ">="):
        raise Unsupported(node, "ordering deques is not supported by pyuk: compare list(d)")
    return None


logic.COMPARE_HOOKS.insert(0, _compare)


def _index(builder: IRBuilder, expr: IndexExpr) -> Operand:
    if isinstance(expr.index, SliceExpr):
        raise Unsupported(expr, "slicing a deque is not supported (CPython refuses it too)")
    item = item_rtype(builder, builder.type_of(expr.base), expr)
    d = builder.expr(expr.base)
    return unpack(builder, rt(builder, "pyuk_deque_getitem", [d, int_index(builder, expr.index)],
                              expr), item, expr)


containers.INDEX_HANDLERS[DEQUE] = _index


def _store(builder: IRBuilder, target: Expression, value: Operand, value_type: RType) -> bool:
    if not (isinstance(target, IndexExpr) and _is_deque_expr(builder, target.base)):
        return False
    if isinstance(target.index, SliceExpr):
        raise Unsupported(target, "slicing a deque is not supported (CPython refuses it too)")
    item = item_rtype(builder, builder.type_of(target.base), target)
    d = builder.expr(target.base)
    index = int_index(builder, target.index)
    w = pack(builder, coerce(builder, value, value_type, item, target), target)
    rt(builder, "pyuk_deque_setitem", [d, index, w], target)
    return True


statements.STORE_HOOKS.insert(0, _store)


def _del(builder: IRBuilder, target: IndexExpr) -> bool:
    if not _is_deque_expr(builder, target.base):
        return False
    if isinstance(target.index, SliceExpr):
        raise Unsupported(target, "slicing a deque is not supported (CPython refuses it too)")
    d = builder.expr(target.base)
    rt(builder, "pyuk_deque_delitem", [d, int_index(builder, target.index)], target)
    return True


containers.DEL_HOOKS.insert(0, _del)


def _augassign(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    from pyuk.irbuild.arithmetic import binary_numeric

    lvalue = stmt.lvalue
    if isinstance(lvalue, IndexExpr) and _is_deque_expr(builder, lvalue.base):
        if isinstance(lvalue.index, SliceExpr):
            raise Unsupported(lvalue, "slicing a deque is not supported (CPython refuses it too)")
        item = item_rtype(builder, builder.type_of(lvalue.base), lvalue)
        d = builder.temp(builder.rtype_of(lvalue.base))
        builder.move(d, builder.expr(lvalue.base))
        index = builder.temp(INT)
        builder.move(index, int_index(builder, lvalue.index))
        current = unpack(builder, rt(builder, "pyuk_deque_getitem", [d, index], lvalue), item)
        right = builder.expr(stmt.rvalue)
        result, result_type = binary_numeric(builder, stmt.op, current, item, right,
                                             builder.rtype_of(stmt.rvalue), None, stmt)
        w = pack(builder, coerce(builder, result, result_type, item, stmt), stmt)
        rt(builder, "pyuk_deque_setitem", [d, index, w], stmt)
        return True
    if isinstance(lvalue, (NameExpr, MemberExpr)) and _is_deque_expr(builder, lvalue):
        if stmt.op != "+":
            raise Unsupported(stmt, f'"{stmt.op}=" on a deque is not supported by pyuk')
        item = item_rtype(builder, builder.type_of(lvalue), stmt)
        d = builder.temp(builder.rtype_of(lvalue))
        builder.move(d, builder.expr(lvalue))
        _extend(builder, d, item, stmt.rvalue, False, stmt)  # d += x is d.extend(x)
        return True
    return False


statements.AUGASSIGN_HOOKS.insert(0, _augassign)


def _binary(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
            right_type: RType, result_type: RType | None, node: Context
            ) -> tuple[Operand, RType] | None:
    if is_deque_rtype(left_type) or is_deque_rtype(right_type):
        raise Unsupported(node, f'"{op}" on a deque is not supported by pyuk: use extend() or'
                                ' a loop')
    return None


arithmetic.BINARY_HOOKS.insert(0, _binary)


def _member(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    if not _is_deque_expr(builder, expr.expr):
        return None
    if expr.name != "maxlen":
        raise Unsupported(expr, f'the attribute "deque.{expr.name}" is not supported by pyuk')
    result = builder.temp(builder.rtype_of(expr))
    builder.move(result, rt(builder, "pyuk_deque_maxlen", [builder.expr(expr.expr)], expr))
    return result


expressions.MEMBER_HOOKS.insert(0, _member)


# ---- iteration ----


class DequeGen(ForGen):
    """CPython's deque iterator: the items in order (or reversed), and a
    RuntimeError at the next step once the deque's length or order was
    changed (its ``state`` moved)."""

    def __init__(self, builder: IRBuilder, expr: Expression, reverse: bool) -> None:
        super().__init__(builder, expr)
        self.expr = expr
        self.reverse = reverse
        self.item_type = item_rtype(builder, builder.type_of(expr), expr)

    def init(self) -> None:
        b = self.b
        self.d = self._keep(b.expr(self.expr), b.rtype_of(self.expr))
        self.state = self._keep(rt(b, "pyuk_deque_state", [self.d], self.expr), INT)
        self.count = self._keep(Const(0, INT), INT)
        if self.reverse:
            self.last = self._keep(b.emit("int.sub", [_length(b, self.d, self.expr),
                                                      Const(1, INT)]), INT)

    def test(self, exit_: BasicBlock) -> None:
        more = rt(self.b, "pyuk_deque_iter_more", [self.d, self.state, self.count], self.expr)
        self._exit_if(self.b.emit("bool.not", [more]), exit_)

    def item(self) -> Operand:
        b = self.b
        index: Operand = self.count
        if self.reverse:
            index = b.emit("int.sub", [self.last, self.count])
        return unpack(b, rt(b, "pyuk_deque_item_at", [self.d, index], self.expr),
                      self.item_type, self.expr)

    def step(self) -> None:
        self.b.move(self.count, self.b.emit("int.add", [self.count, Const(1, INT)]))


def _gen(builder: IRBuilder, expr: Expression, node: Context) -> ForGen | None:
    call = _builtin_call(expr, "builtins.reversed")
    if call is not None and len(call.args) == 1 and _is_deque_expr(builder, call.args[0]):
        return DequeGen(builder, call.args[0], reverse=True)
    if _is_deque_expr(builder, expr):
        return DequeGen(builder, expr, reverse=False)
    return None


GEN_HOOKS.insert(0, _gen)
