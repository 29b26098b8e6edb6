"""Iteration: for loops over every iterable, comprehensions, and the
builtins that consume iterables (len, sum, min, max, sorted, any, all,
list(), set(), tuple(), dict(), enumerate, zip, reversed) plus repr, str
and isinstance of builtin types.

Each iterable is compiled by a ``ForGen``: ``init`` evaluates it, ``test``
branches out when it is exhausted, ``item`` gives the current value,
``step`` advances.  The semantics are CPython's iterators': a list is read
by index (so mutating it while looping behaves as in CPython), dicts and
sets raise RuntimeError when their size changes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from mypy.nodes import (
    ARG_NAMED,
    ARG_POS,
    CallExpr,
    Context,
    DictionaryComprehension,
    Expression,
    ForStmt,
    FuncDef,
    GeneratorExpr,
    ListComprehension,
    ListExpr,
    MemberExpr,
    NameExpr,
    RefExpr,
    SetComprehension,
    SetExpr,
    TupleExpr,
)
from mypy.types import Type

from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, STR, WORD, RType
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, LoopTargets, Unsupported, expression_handler
from pyuk.irbuild.calls import BUILTIN_CALLS, METHOD_CALLS, builtin, method
from pyuk.irbuild.coerce import coerce, truth_value
from pyuk.irbuild.containers import (
    KIND_OBJ,
    LEN_OFFSET,
    PYUK_GT,
    PYUK_LT,
    class_of,
    family_of,
    item_rtype,
    kind_of,
    length_of,
    new_list,
    new_tuple,
    pack,
    rt,
    tuple_symbol_for,
    tuple_symbol_of_rtypes,
    tuple_type_ref,
    type_args,
    unpack,
    unpack_into,
    value_as,
    word_of,
)
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.types import canonical_name, proper

ItemBody = Callable[[Operand, RType, BasicBlock], None]


class ForGen:
    """Compiles iteration over one iterable."""

    item_type: RType

    def __init__(self, builder: IRBuilder, node: Context) -> None:
        self.b = builder
        self.node = node

    def init(self) -> None:
        raise NotImplementedError

    def test(self, exit_: BasicBlock) -> None:
        raise NotImplementedError

    def item(self) -> Operand:
        raise NotImplementedError

    def parts(self) -> list[tuple[Operand, RType]] | None:
        """The items of a tuple-valued item without building the tuple
        (enumerate, zip, dict.items()), or None."""
        return None

    def step(self) -> None:
        raise NotImplementedError

    # helpers
    def _exit_if(self, cond: Operand, exit_: BasicBlock) -> None:
        cont = self.b.new_block()
        self.b.branch(cond, exit_, cont)
        self.b.activate(cont)

    def _keep(self, value: Operand, rtype: RType) -> Register:
        reg = self.b.temp(rtype)
        self.b.move(reg, value)
        return reg


class RangeGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, reverse: bool = False) -> None:
        super().__init__(builder, call)
        self.call = call
        self.reverse = reverse
        self.item_type = INT

    def init(self) -> None:
        from pyuk.irbuild.statements import _range_args

        b = self.b
        start, stop, step, known = _range_args(b, self.call)
        if known is None or known == 0:
            is_zero = b.emit("int.eq", [step, Const(0, INT)], self.call)
            bad, good = b.new_block(), b.new_block()
            b.branch(is_zero, bad, good)
            b.activate(bad)
            b.call_runtime("pyuk_raise_range_step_zero", [], self.call)
            b.add(Instr("unreachable"))
            b.activate(good)
        self.counter = self._keep(start, INT)
        self.limit = self._keep(stop, INT)
        self.stepv = self._keep(step, INT)
        self.known = known
        if self.reverse:
            # reversed(range(a, b, s)): from the last item downwards
            n = rt(b, "pyuk_range_length", [self.counter, self.limit, self.stepv], self.call)
            self.remaining = self._keep(n, INT)
            last = b.emit("int.sub", [n, Const(1, INT)])
            offset = b.emit("int.mul", [last, self.stepv], self.call)
            b.move(self.counter, b.emit("int.add", [self.counter, offset], self.call))

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        if self.reverse:
            self._exit_if(b.emit("int.le", [self.remaining, Const(0, INT)]), exit_)
            return
        if self.known is not None:
            done = b.emit("int.ge" if self.known > 0 else "int.le", [self.counter, self.limit])
        else:
            upward = b.emit("int.gt", [self.stepv, Const(0, INT)])
            below = b.emit("int.lt", [self.counter, self.limit])
            above = b.emit("int.gt", [self.counter, self.limit])
            going = b.emit("bool.or", [b.emit("bool.and", [upward, below]),
                                       b.emit("bool.and", [b.emit("bool.not", [upward]), above])])
            done = b.emit("bool.not", [going])
        self._exit_if(done, exit_)

    def item(self) -> Operand:
        return self.counter

    def step(self) -> None:
        b = self.b
        if self.reverse:
            b.move(self.remaining, b.emit("int.sub", [self.remaining, Const(1, INT)]))
            b.move(self.counter, b.emit("int.sub", [self.counter, self.stepv]))
            return
        b.add(Instr("int.add_saturating", self.counter, [self.counter, self.stepv]))


class SequenceGen(ForGen):
    """list, tuple, str, bytes: by index, the length re-read each time for
    lists (CPython's list iterator)."""

    def __init__(self, builder: IRBuilder, expr: Expression, reverse: bool = False) -> None:
        super().__init__(builder, expr)
        self.expr = expr
        self.reverse = reverse
        t = builder.type_of(expr)
        self.mypy_type = t
        self.cls = class_of(t)
        self.family = {"builtins.list": "list", "builtins.tuple": "tuple", "builtins.str": "str",
                       "builtins.bytes": "bytes", "builtins.bytearray": "bytearray"}[self.cls or ""]
        if self.family == "str":
            self.item_type = STR
        elif self.family in ("bytes", "bytearray"):
            self.item_type = INT
        else:
            args = type_args(t)
            rtypes = {builder.rtype(a, expr) for a in args}
            if len(rtypes) != 1:
                raise Unsupported(expr, "iterating a tuple of mixed item types is not"
                                  " supported by pyuk yet")
            self.item_type = rtypes.pop()

    def init(self) -> None:
        b = self.b
        self.seq = self._keep(b.expr(self.expr), b.rtype_of(self.expr))
        if self.reverse:
            n = length_of(b, self.seq, self.family, self.expr)
            self.index = self._keep(b.emit("int.sub", [n, Const(1, INT)]), INT)
        else:
            self.index = self._keep(Const(0, INT), INT)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        n = length_of(b, self.seq, self.family, self.expr)
        if self.reverse:
            # CPython's reversed list iterator: 0 <= index < len
            self._exit_if(b.emit("int.lt", [self.index, Const(0, INT)]), exit_)
            self._exit_if(b.emit("int.ge", [self.index, n]), exit_)
        else:
            self._exit_if(b.emit("int.ge", [self.index, n]), exit_)

    def item(self) -> Operand:
        b = self.b
        if self.family == "str":
            return rt(b, "pyuk_str_char_at", [self.seq, self.index], self.expr)
        if self.family == "bytes":
            return rt(b, "pyuk_bytes_getitem", [self.seq, self.index], self.expr)
        if self.family == "bytearray":
            return rt(b, "pyuk_bytearray_getitem", [self.seq, self.index], self.expr)
        op = "list.item" if self.family == "list" else "tuple.item"
        w = b.emit(op, [self.seq, self.index], self.expr)
        return unpack(b, w, self.item_type, self.expr)

    def step(self) -> None:
        b = self.b
        b.move(self.index, b.emit("int.sub" if self.reverse else "int.add",
                                  [self.index, Const(1, INT)]))


class DictGen(ForGen):
    """keys (0), values (1) or items (2) of a dict."""

    def __init__(self, builder: IRBuilder, dict_expr: Expression, which: int,
                 node: Context) -> None:
        super().__init__(builder, node)
        self.dict_expr = dict_expr
        self.which = which
        t = builder.type_of(dict_expr)
        self.key_type = item_rtype(builder, t, node, 0)
        self.value_type = item_rtype(builder, t, node, 1)
        if which == 0:
            self.item_type = self.key_type
        elif which == 1:
            self.item_type = self.value_type
        else:
            self.pair_symbol = tuple_symbol_of_rtypes([self.key_type, self.value_type])
            self.item_type = _pair_rtype(self.key_type, self.value_type)

    def init(self) -> None:
        b = self.b
        self.d = self._keep(b.expr(self.dict_expr), b.rtype_of(self.dict_expr))
        self.pos = self._keep(Const(0, INT), INT)
        self.used = self._keep(length_of(b, self.d, "dict"), INT)
        self.remaining = self._keep(self.used, INT)
        self.index = b.temp(INT)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        i = rt(b, "pyuk_dict_next", [self.d, self.pos, self.used, self.remaining], self.node)
        b.move(self.index, i)
        self._exit_if(b.emit("int.lt", [self.index, Const(0, INT)]), exit_)

    def _key(self) -> Operand:
        w = rt(self.b, "pyuk_dict_key_at", [self.d, self.index], None)
        return unpack(self.b, w, self.key_type)

    def _value(self) -> Operand:
        w = rt(self.b, "pyuk_dict_value_at", [self.d, self.index], None)
        return unpack(self.b, w, self.value_type)

    def parts(self) -> list[tuple[Operand, RType]] | None:
        if self.which != 2:
            return None
        return [(self._key(), self.key_type), (self._value(), self.value_type)]

    def item(self) -> Operand:
        if self.which == 0:
            return self._key()
        if self.which == 1:
            return self._value()
        words = [pack(self.b, v) for v, _ in self.parts() or []]
        return new_tuple(self.b, self.pair_symbol, words, self.item_type, self.node)

    def step(self) -> None:
        b = self.b
        b.move(self.pos, b.emit("int.add", [self.index, Const(1, INT)]))
        b.move(self.remaining, b.emit("int.sub", [self.remaining, Const(1, INT)]))


def _pair_rtype(a: RType, c: RType) -> RType:
    return RType(f"tuple[{a}, {c}]", OBJECT.repr)


class SetGen(ForGen):
    def __init__(self, builder: IRBuilder, expr: Expression) -> None:
        super().__init__(builder, expr)
        self.expr = expr
        self.item_type = item_rtype(builder, builder.type_of(expr), expr)

    def init(self) -> None:
        b = self.b
        self.s = self._keep(b.expr(self.expr), b.rtype_of(self.expr))
        self.pos = self._keep(Const(0, INT), INT)
        self.used = self._keep(length_of(b, self.s, "set"), INT)
        self.index = b.temp(INT)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        b.move(self.index, rt(b, "pyuk_set_next", [self.s, self.pos, self.used], self.expr))
        self._exit_if(b.emit("int.lt", [self.index, Const(0, INT)]), exit_)

    def item(self) -> Operand:
        w = rt(self.b, "pyuk_set_key_at", [self.s, self.index], None)
        return unpack(self.b, w, self.item_type)

    def step(self) -> None:
        self.b.move(self.pos, self.b.emit("int.add", [self.index, Const(1, INT)]))


class EnumerateGen(ForGen):
    def __init__(self, builder: IRBuilder, inner: ForGen, start: Expression | None,
                 node: Context) -> None:
        super().__init__(builder, node)
        self.inner = inner
        self.start = start
        self.item_type = _pair_rtype(INT, inner.item_type)

    def init(self) -> None:
        self.inner.init()
        start: Operand = Const(0, INT)
        if self.start is not None:
            start = value_as(self.b, self.start, INT)
        self.count = self._keep(start, INT)

    def test(self, exit_: BasicBlock) -> None:
        self.inner.test(exit_)

    def parts(self) -> list[tuple[Operand, RType]] | None:
        value = self._keep(self.inner.item(), self.inner.item_type)
        return [(self.count, INT), (value, self.inner.item_type)]

    def item(self) -> Operand:
        parts = self.parts() or []
        words = [pack(self.b, v) for v, _ in parts]
        return new_tuple(self.b, tuple_symbol_of_rtypes([t for _, t in parts]), words,
                         self.item_type, self.node)

    def step(self) -> None:
        self.inner.step()
        self.b.move(self.count, self.b.emit("int.add", [self.count, Const(1, INT)], self.node))


class ZipGen(ForGen):
    def __init__(self, builder: IRBuilder, inners: list[ForGen], node: Context) -> None:
        super().__init__(builder, node)
        self.inners = inners
        self.item_type = RType("tuple[" + ", ".join(str(g.item_type) for g in inners) + "]",
                               OBJECT.repr)

    def init(self) -> None:
        for g in self.inners:
            g.init()

    def test(self, exit_: BasicBlock) -> None:
        for g in self.inners:
            g.test(exit_)

    def parts(self) -> list[tuple[Operand, RType]] | None:
        return [(self._keep(g.item(), g.item_type), g.item_type) for g in self.inners]

    def item(self) -> Operand:
        parts = self.parts() or []
        words = [pack(self.b, v) for v, _ in parts]
        return new_tuple(self.b, tuple_symbol_of_rtypes([t for _, t in parts]), words,
                         self.item_type, self.node)

    def step(self) -> None:
        for g in self.inners:
            g.step()


def _builtin_call(expr: Expression, *names: str) -> CallExpr | None:
    if (isinstance(expr, CallExpr) and isinstance(expr.callee, RefExpr)
            and expr.callee.fullname in names):
        return expr
    return None


def _dict_method_call(builder: IRBuilder, expr: Expression) -> tuple[Expression, int] | None:
    if (isinstance(expr, CallExpr) and isinstance(expr.callee, MemberExpr) and not expr.args
            and expr.callee.name in ("keys", "values", "items")
            and class_of(builder.type_of(expr.callee.expr)) == "builtins.dict"):
        return expr.callee.expr, ("keys", "values", "items").index(expr.callee.name)
    return None


# Iterables of other kinds (instances of compiled classes with __iter__):
# a hook returns the ForGen, or None when the iterable is not its business.
GEN_HOOKS: list[Callable[[IRBuilder, Expression, Context], ForGen | None]] = []


def make_gen(builder: IRBuilder, expr: Expression, node: Context) -> ForGen:
    """The ForGen that iterates ``expr``."""
    for hook in GEN_HOOKS:
        gen = hook(builder, expr, node)
        if gen is not None:
            return gen
    call = _builtin_call(expr, "builtins.range")
    if call is not None:
        return RangeGen(builder, call)
    call = _builtin_call(expr, "builtins.enumerate")
    if call is not None:
        start = call.args[1] if len(call.args) > 1 else None
        return EnumerateGen(builder, make_gen(builder, call.args[0], node), start, call)
    call = _builtin_call(expr, "builtins.zip")
    if call is not None:
        if any(k != ARG_POS for k in call.arg_kinds):
            raise Unsupported(call, "zip(strict=...) is not supported by pyuk yet")
        return ZipGen(builder, [make_gen(builder, a, node) for a in call.args], call)
    call = _builtin_call(expr, "builtins.reversed")
    if call is not None:
        arg = call.args[0]
        inner = _builtin_call(arg, "builtins.range")
        if inner is not None:
            return RangeGen(builder, inner, reverse=True)
        if class_of(builder.type_of(arg)) in ("builtins.list", "builtins.tuple", "builtins.str"):
            return SequenceGen(builder, arg, reverse=True)
        raise Unsupported(call, f'reversed() of "{canonical_name(builder.type_of(arg))}" is not'
                          ' supported by pyuk yet')
    dm = _dict_method_call(builder, expr)
    if dm is not None:
        return DictGen(builder, dm[0], dm[1], expr)
    cls = class_of(builder.type_of(expr))
    if cls in ("builtins.list", "builtins.tuple", "builtins.str", "builtins.bytes",
               "builtins.bytearray"):
        return SequenceGen(builder, expr)
    if cls == "builtins.dict":
        return DictGen(builder, expr, 0, expr)
    if cls == "builtins.set":
        return SetGen(builder, expr)
    raise Unsupported(node, f'iterating over "{canonical_name(builder.type_of(expr))}" is not'
                      ' supported by pyuk yet')


def store_item(builder: IRBuilder, target: Expression, gen: ForGen, local: bool) -> None:
    """Binds the current item to the loop target (names, tuples)."""
    from pyuk.irbuild.statements import store

    if isinstance(target, (TupleExpr, ListExpr)):
        parts = gen.parts()
        if parts is not None and len(parts) == len(target.items):
            temps = [(gen._keep(v, t), t) for v, t in parts]
            for sub, (v, t) in zip(target.items, temps, strict=True):
                _bind(builder, sub, v, t, local)
            return
        value = gen.item()
        unpack_into(builder, list(target.items), value, gen.item_type, target)
        return
    value = gen.item()
    _bind(builder, target, value, gen.item_type, local)
    del store


def _bind(builder: IRBuilder, target: Expression, value: Operand, rtype: RType,
          local: bool) -> None:
    from mypy.nodes import Var

    from pyuk.irbuild.statements import store

    if local and isinstance(target, NameExpr) and isinstance(target.node, Var):
        from pyuk.irbuild.types import is_any

        declared = rtype
        if target.node.type is not None and not is_any(target.node.type):
            declared = builder.rtype(target.node.type, target)
        converted = coerce(builder, value, rtype, declared, target)
        from pyuk.irbuild.closures import write_variable

        if not write_variable(builder, target.node, converted, target):  # lambdas capture it
            builder.move(builder.local(target.node, declared), converted)
        return
    if isinstance(target, (TupleExpr, ListExpr)) and local:
        unpack_into(builder, list(target.items), value, rtype, target)
        return
    store(builder, target, value, rtype)


def lower_for_iterable(builder: IRBuilder, stmt: ForStmt) -> None:
    gen = make_gen(builder, stmt.expr, stmt.expr)
    gen.init()
    test, body, advance, orelse, done = (builder.new_block() for _ in range(5))
    builder.goto(test)
    builder.activate(test)
    gen.test(orelse)
    builder.goto(body)
    builder.activate(body)
    store_item(builder, stmt.index, gen, local=False)
    builder.state.loops.append(LoopTargets(advance, done))
    builder.block_of(stmt.body.body)
    builder.state.loops.pop()
    builder.goto(advance)
    builder.activate(advance)
    gen.step()
    builder.goto(test)
    builder.activate(orelse)
    if stmt.else_body is not None:
        builder.block_of(stmt.else_body.body)
    builder.goto(done)
    builder.activate(done)


# ---- comprehensions and consumers ----


def _nested_loops(builder: IRBuilder, indices: list[Expression], sequences: list[Expression],
                  condlists: list[list[Expression]], inner: Callable[[BasicBlock], None],
                  exit_: BasicBlock, frame: tuple[str, int] | None = None) -> None:
    """for i in s [if c] for j in t [if d] ...: inner(), exiting to exit_.
    ``frame``: the comprehension's frame name and call line for tracebacks
    (everything after evaluating the first iterable runs in it)."""
    from pyuk.irbuild.exceptions import enter_comprehension_frame, leave_comprehension_frame

    def level(n: int, outer_exit: BasicBlock) -> None:
        if n == len(sequences):
            inner(exit_)
            return
        gen = make_gen(builder, sequences[n], sequences[n])
        gen.init()
        own_frame = None
        if n == 0 and frame is not None:
            own_frame = enter_comprehension_frame(builder, *frame)
        test, body, advance = builder.new_block(), builder.new_block(), builder.new_block()
        done = outer_exit if n == 0 else builder.new_block()
        builder.goto(test)
        builder.activate(test)
        gen.test(done)
        builder.goto(body)
        builder.activate(body)
        store_item(builder, indices[n], gen, local=True)
        for cond in condlists[n]:
            from pyuk.irbuild.logic import lower_condition

            ok = builder.new_block()
            builder.branch(lower_condition(builder, cond), ok, advance)
            builder.activate(ok)
        level(n + 1, done)
        builder.goto(advance)
        builder.activate(advance)
        gen.step()
        builder.goto(test)
        if own_frame is not None:
            leave_comprehension_frame(builder, own_frame)
        if n != 0:
            builder.activate(done)

    level(0, exit_)


def for_each(builder: IRBuilder, iterable: Expression, body: ItemBody, node: Context) -> None:
    """Runs body(item, type, exit block) for each item of ``iterable`` (a
    generator expression included); body may branch to the exit block."""
    exit_ = builder.new_block()
    if isinstance(iterable, GeneratorExpr):
        g = iterable

        def inner(exit_block: BasicBlock) -> None:
            value = builder.expr(g.left_expr)
            body(value, builder.rtype_of(g.left_expr), exit_block)

        _nested_loops(builder, list(g.indices), list(g.sequences),
                      [list(c) for c in g.condlists], inner, exit_, ("<genexpr>", node.line))
    else:
        gen = make_gen(builder, iterable, node)

        def inner2(exit_block: BasicBlock) -> None:
            body(gen.item(), gen.item_type, exit_block)

        gen.init()
        test, body_block, advance = builder.new_block(), builder.new_block(), builder.new_block()
        builder.goto(test)
        builder.activate(test)
        gen.test(exit_)
        builder.goto(body_block)
        builder.activate(body_block)
        inner2(exit_)
        builder.goto(advance)
        builder.activate(advance)
        gen.step()
        builder.goto(test)
    builder.activate(exit_)


def iterable_item_type(builder: IRBuilder, iterable: Expression) -> RType:
    if isinstance(iterable, GeneratorExpr):
        return builder.rtype_of(iterable.left_expr)
    args = type_args(builder.type_of(iterable))
    if class_of(builder.type_of(iterable)) == "builtins.str":
        return STR
    if class_of(builder.type_of(iterable)) in ("builtins.bytes", "builtins.bytearray"):
        return INT
    if args:
        return builder.rtype(args[0], iterable)
    raise Unsupported(iterable, "cannot tell the item type of this iterable")


@expression_handler(ListComprehension)
def lower_list_comprehension(builder: IRBuilder, expr: ListComprehension) -> Operand:
    rtype = builder.rtype_of(expr)
    item = item_rtype(builder, builder.type_of(expr), expr)
    lst = new_list(builder, kind_of(item), Const(0, INT), rtype, expr)
    g = expr.generator

    def inner(exit_: BasicBlock) -> None:
        w = pack(builder, value_as(builder, g.left_expr, item), g.left_expr)
        builder.add(Instr("list.append", args=[lst, w], line=expr.line))

    done = builder.new_block()
    _nested_loops(builder, list(g.indices), list(g.sequences), [list(c) for c in g.condlists],
                  inner, done, ("<listcomp>", expr.line))
    builder.activate(done)
    return lst


@expression_handler(SetComprehension)
def lower_set_comprehension(builder: IRBuilder, expr: SetComprehension) -> Operand:
    rtype = builder.rtype_of(expr)
    item = item_rtype(builder, builder.type_of(expr), expr)
    s = builder.temp(rtype)
    builder.move(s, rt(builder, "pyuk_set_new", [Const(kind_of(item), INT)], expr))
    g = expr.generator

    def inner(exit_: BasicBlock) -> None:
        w = pack(builder, value_as(builder, g.left_expr, item), g.left_expr)
        rt(builder, "pyuk_set_add", [s, w], expr)

    done = builder.new_block()
    _nested_loops(builder, list(g.indices), list(g.sequences), [list(c) for c in g.condlists],
                  inner, done, ("<setcomp>", expr.line))
    builder.activate(done)
    return s


@expression_handler(DictionaryComprehension)
def lower_dict_comprehension(builder: IRBuilder, expr: DictionaryComprehension) -> Operand:
    t = builder.type_of(expr)
    rtype = builder.rtype(t, expr)
    key, value = item_rtype(builder, t, expr, 0), item_rtype(builder, t, expr, 1)
    d = builder.temp(rtype)
    builder.move(d, rt(builder, "pyuk_dict_new", [Const(kind_of(key), INT),
                                                 Const(kind_of(value), INT)], expr))

    key_expr = expr.key
    if key_expr is None:
        raise Unsupported(expr, "this dict comprehension is not supported by pyuk")

    def inner(exit_: BasicBlock) -> None:
        kw = pack(builder, value_as(builder, key_expr, key), key_expr)
        kt = builder.temp(WORD)
        builder.move(kt, kw)
        vw = pack(builder, value_as(builder, expr.value, value), expr.value)
        rt(builder, "pyuk_dict_setitem", [d, kt, vw], expr)

    done = builder.new_block()
    _nested_loops(builder, list(expr.indices), list(expr.sequences),
                  [list(c) for c in expr.condlists], inner, done, ("<dictcomp>", expr.line))
    builder.activate(done)
    return d


# ---- builtins over iterables ----


def _wrap(name: str, handler: Callable[[IRBuilder, CallExpr], Operand | None]) -> None:
    """Registers ``handler`` for builtin ``name``; when it returns None the
    previously registered lowering (numbers, str) takes the call."""
    previous = BUILTIN_CALLS.get(name)

    def combined(builder: IRBuilder, call: CallExpr) -> Operand:
        result = handler(builder, call)
        if result is not None:
            return result
        if previous is None:
            raise Unsupported(call, f"{name.split('.')[-1]}() with these arguments is not"
                              " supported by pyuk yet")
        return previous(builder, call)

    BUILTIN_CALLS[name] = combined


def _len(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if len(call.args) != 1:
        return None
    arg = call.args[0]
    dm = _dict_method_call(builder, arg)
    if dm is not None:
        return length_of(builder, builder.expr(dm[0]), "dict", call)
    rtype = builder.rtype_of(arg)
    family = family_of(rtype)
    cls = class_of(builder.type_of(arg))
    if family in LEN_OFFSET:
        return length_of(builder, builder.expr(arg), family or "", call)
    name = {"builtins.str": "str", "builtins.bytes": "bytes",
            "builtins.bytearray": "bytearray"}.get(cls or "")
    if name and "builtins.len" not in _previous_len:
        return length_of(builder, builder.expr(arg), name, call)
    if family == "view":
        d = builder.emit("load.ref", [builder.expr(arg), Const(8, INT)], call, result=OBJECT)
        return length_of(builder, d, "dict", call)
    return None


_previous_len = {k for k in BUILTIN_CALLS if k == "builtins.len"}
_wrap("builtins.len", _len)


def _sum(builder: IRBuilder, call: CallExpr) -> Operand | None:
    result_type = builder.rtype_of(call)
    if result_type not in (INT, FLOAT) and len(call.args) == 1 and iterable_item_type(
            builder, call.args[0]) == FLOAT:
        return _sum_floats_or_zero(builder, call, result_type)
    if result_type not in (INT, FLOAT):
        raise Unsupported(call, f'sum() giving "{result_type}" is not supported by pyuk yet')
    acc = builder.temp(result_type)
    start: Operand = Const(0, INT)
    if len(call.args) > 1:
        start = builder.expr(call.args[1])
        start = coerce(builder, start, builder.rtype_of(call.args[1]), result_type, call,
                       binding=False)
    builder.move(acc, coerce(builder, start, builder.rtype_of(call.args[1]) if len(call.args)
                             > 1 else INT, result_type, call, binding=False)
                 if len(call.args) > 1 else (Const(0.0, FLOAT) if result_type == FLOAT
                                              else Const(0, INT)))
    from pyuk.irbuild.arithmetic import binary_numeric

    def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        total, _ = binary_numeric(builder, "+", acc, result_type, value, vtype, result_type,
                                  call)
        builder.move(acc, total)

    for_each(builder, call.args[0], add, call)
    return acc


def _sum_floats_or_zero(builder: IRBuilder, call: CallExpr, result_type: RType) -> Operand:
    """sum(floats): typeshed says float | int, as sum([]) is the int 0."""
    acc = builder.temp(FLOAT)
    builder.move(acc, Const(0.0, FLOAT))
    seen = builder.temp(BOOL)
    builder.move(seen, Const(False, BOOL))

    def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        builder.move(acc, builder.emit("float.add", [acc, value], call))
        builder.move(seen, Const(True, BOOL))

    for_each(builder, call.args[0], add, call)
    result = builder.temp(result_type)
    some, none, done = builder.new_block(), builder.new_block(), builder.new_block()
    builder.branch(seen, some, none)
    builder.activate(some)
    builder.move(result, builder.emit("box", [acc], call, result=result_type))
    builder.goto(done)
    builder.activate(none)
    builder.move(result, builder.emit("box", [Const(0, INT)], call, result=result_type))
    builder.goto(done)
    builder.activate(done)
    return result


_wrap("builtins.sum", _sum)


def _any_all(builder: IRBuilder, call: CallExpr) -> Operand | None:
    assert isinstance(call.callee, RefExpr)
    is_any = call.callee.fullname == "builtins.any"
    result = builder.temp(BOOL)
    builder.move(result, Const(not is_any, BOOL))

    def check(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        truth = truth_value(builder, value, vtype, call)
        hit, miss = builder.new_block(), builder.new_block()
        builder.branch(truth, hit if is_any else miss, miss if is_any else hit)
        builder.activate(hit)
        builder.move(result, Const(is_any, BOOL))
        builder.goto(exit_)
        builder.activate(miss)

    for_each(builder, call.args[0], check, call)
    return result


_wrap("builtins.any", _any_all)
_wrap("builtins.all", _any_all)


def call_key(builder: IRBuilder, key: Expression, value: Operand, vtype: RType,
             node: Context) -> tuple[Operand, RType]:
    """key(value) for key= arguments: a compiled function or len/abs/str."""
    from pyuk.irbuild import closures

    called = closures.call_key_function(builder, key, value, vtype, node)  # lambdas...
    if called is not None:
        return called
    if (isinstance(key, RefExpr) and isinstance(key.node, FuncDef)
            and not key.fullname.startswith("builtins.")):
        from mypy.types import CallableType

        sig = proper(key.node.type) if key.node.type is not None else None
        if not isinstance(sig, CallableType) or not sig.arg_types:
            raise Unsupported(key, "key= needs a typed one-argument function")
        param = builder.rtype(sig.arg_types[0], key)
        ret = builder.rtype(sig.ret_type, key)
        dest = builder.temp(ret)
        builder.add(Instr("call", dest, [coerce(builder, value, vtype, param, node)],
                          symbol=calls.function_symbol(key.node), line=node.line))
        return dest, ret
    if isinstance(key, RefExpr) and key.fullname == "builtins.len":
        family = family_of(vtype) or {"str": "str"}.get(vtype.name)
        if family in LEN_OFFSET:
            return length_of(builder, value, family or "", node), INT
    if isinstance(key, RefExpr) and key.fullname == "builtins.abs" and vtype in (INT, FLOAT):
        return builder.emit("int.abs" if vtype == INT else "float.abs", [value], node), vtype
    unbound = _unbound_str_method(key)
    if unbound is not None and vtype == STR:  # key=str.lower
        return rt(builder, unbound, [value], node), STR
    raise Unsupported(key, "this key= function is not supported by pyuk yet (a function name,"
                      " a lambda, len, abs or str.lower-like methods)")


# str methods taking no argument, as key functions (key=str.lower, map(str.upper, ...))
_UNBOUND_STR_METHODS = {name: f"pyuk_str_{name}" for name in
                        ("lower", "upper", "swapcase", "capitalize", "title", "casefold")}


def _unbound_str_method(key: Expression) -> str | None:
    if (isinstance(key, MemberExpr) and isinstance(key.expr, RefExpr)
            and key.expr.fullname == "builtins.str"):
        return _UNBOUND_STR_METHODS.get(key.name)
    return None


def _better(builder: IRBuilder, is_max: bool, candidate: Operand, ctype: RType, best: Operand,
            btype: RType, node: Context) -> Operand:
    from pyuk.irbuild.logic import compare

    return compare(builder, ">" if is_max else "<", candidate, ctype, best, btype, node)


def _min_max(builder: IRBuilder, call: CallExpr) -> Operand | None:
    assert isinstance(call.callee, RefExpr)
    is_max = call.callee.fullname == "builtins.max"
    positional = [a for a, k in zip(call.args, call.arg_kinds, strict=True) if k == ARG_POS]
    keywords = {n: a for a, n, k in zip(call.args, call.arg_names, call.arg_kinds, strict=True)
                if k == ARG_NAMED and n}
    result_type = builder.rtype_of(call)
    if len(positional) >= 2 and not keywords and result_type in (INT, FLOAT):
        return None  # numbers: calls.lower_min_max
    key = keywords.get("key")
    if key is not None:
        from pyuk.irbuild import closures

        closures.prepare_key(builder, key)  # a function value: evaluated once
    default = keywords.get("default")
    name = "max" if is_max else "min"
    result = builder.temp(result_type)
    have = builder.temp(BOOL)
    builder.move(have, Const(False, BOOL))
    best_key: Register | None = None

    def consider(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        nonlocal best_key
        value = coerce(builder, value, vtype, result_type, call) if vtype != result_type and \
            result_type.is_ref else value
        kval, ktype = (call_key(builder, key, value, vtype, call) if key is not None
                       else (value, vtype))
        if best_key is None:
            best_key = builder.temp(ktype)
        first, later, take, done = (builder.new_block() for _ in range(4))
        builder.branch(have, later, first)
        builder.activate(later)
        better = _better(builder, is_max, kval, ktype, best_key, ktype, call)
        builder.branch(better, take, done)
        builder.activate(first)
        builder.goto(take)
        builder.activate(take)
        builder.move(result, coerce(builder, value, vtype, result_type, call) if not
                     result_type.is_ref else value)
        builder.move(best_key, kval)
        builder.move(have, Const(True, BOOL))
        builder.goto(done)
        builder.activate(done)

    if len(positional) >= 2:
        for arg in positional:
            consider(builder.expr(arg), builder.rtype_of(arg), builder.new_block())
    else:
        for_each(builder, positional[0], consider, call)
    empty, ok = builder.new_block(), builder.new_block()
    builder.branch(have, ok, empty)
    builder.activate(empty)
    if default is not None:
        builder.move(result, value_as(builder, default, result_type))
        builder.goto(ok)
    else:
        rt(builder, "pyuk_raise_value_error_cstr", [Const(f"{name}() arg is an empty sequence",
                                                         STR)], call)
        builder.add(Instr("unreachable"))
    builder.activate(ok)
    return result


_wrap("builtins.min", _min_max)
_wrap("builtins.max", _min_max)


def collect_list(builder: IRBuilder, iterable: Expression, item: RType, rtype: RType,
                 node: Context) -> Operand:
    """A new list of the items of ``iterable`` (list(x))."""
    t = builder.type_of(iterable) if not isinstance(iterable, GeneratorExpr) else None
    cls = class_of(t) if t is not None else None
    if cls == "builtins.list" and builder.rtype_of(iterable) == rtype:
        return rt(builder, "pyuk_list_copy", [builder.expr(iterable)], node)
    dm = _dict_method_call(builder, iterable)
    if dm is not None and dm[1] in (0, 1):
        name = "pyuk_dict_keys_list" if dm[1] == 0 else "pyuk_dict_values_list"
        return rt(builder, name, [builder.expr(dm[0])], node)
    if cls == "builtins.dict":
        return rt(builder, "pyuk_dict_keys_list", [builder.expr(iterable)], node)
    if cls == "builtins.set":
        return rt(builder, "pyuk_set_to_list", [builder.expr(iterable)], node)
    lst = new_list(builder, kind_of(item), Const(0, INT), rtype, node)

    def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        w = pack(builder, coerce(builder, value, vtype, item, node), node)
        builder.add(Instr("list.append", args=[lst, w], line=node.line))

    for_each(builder, iterable, add, node)
    return lst


def _list_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    rtype = builder.rtype_of(call)
    item = item_rtype(builder, builder.type_of(call), call)
    if not call.args:
        return new_list(builder, kind_of(item), Const(0, INT), rtype, call)
    result = builder.temp(rtype)
    builder.move(result, collect_list(builder, call.args[0], item, rtype, call))
    return result


_wrap("builtins.list", _list_call)


def _sorted(builder: IRBuilder, call: CallExpr) -> Operand | None:
    rtype = builder.rtype_of(call)
    item = item_rtype(builder, builder.type_of(call), call)
    lst = builder.temp(rtype)
    builder.move(lst, collect_list(builder, call.args[0], item, rtype, call))
    keywords = {n: a for a, n in zip(call.args, call.arg_names, strict=True) if n}
    sort_list(builder, lst, item, keywords.get("key"), keywords.get("reverse"), call)
    return lst


def sort_list(builder: IRBuilder, lst: Operand, item: RType, key: Expression | None,
              reverse: Expression | None, node: Context) -> None:
    rev: Operand = Const(0, INT)
    if reverse is not None:
        flag = truth_value(builder, builder.expr(reverse), builder.rtype_of(reverse), reverse)
        rev = builder.emit("bool.to_int", [flag], reverse)
    if key is None or is_none_literal(key):
        rt(builder, "pyuk_list_sort", [lst, rev], node)
        return
    # keys first, as CPython computes them
    from pyuk.irbuild import closures

    closures.prepare_key(builder, key)  # a function value: evaluated once
    ktype = key_rtype(builder, key, item)
    n = length_of(builder, lst, "list", node)
    keys = builder.temp(RType(f"list[{ktype}]", OBJECT.repr))
    builder.move(keys, rt(builder, "pyuk_list_new", [Const(kind_of(ktype), INT), Const(0, INT)],
                          node))
    index = builder.temp(INT)
    builder.move(index, Const(0, INT))
    test, body, done = builder.new_block(), builder.new_block(), builder.new_block()
    builder.goto(test)
    builder.activate(test)
    builder.branch(builder.emit("int.lt", [index, n]), body, done)
    builder.activate(body)
    value = unpack(builder, builder.emit("list.item", [lst, index], node), item, node)
    kval, kt = call_key(builder, key, value, item, node)
    kval = coerce(builder, kval, kt, ktype, node)
    builder.add(Instr("list.append", args=[keys, pack(builder, kval, node)], line=node.line))
    builder.move(index, builder.emit("int.add", [index, Const(1, INT)]))
    builder.goto(test)
    builder.activate(done)
    rt(builder, "pyuk_list_sort_keyed", [lst, keys, rev], node)


def key_rtype(builder: IRBuilder, key: Expression, item: RType) -> RType:
    """The type key(item) returns."""
    from pyuk.irbuild import closures

    result = closures.key_result_rtype(builder, key)  # lambdas, nested defs...
    if result is not None:
        return result
    if (isinstance(key, RefExpr) and isinstance(key.node, FuncDef)
            and not key.fullname.startswith("builtins.")):
        from mypy.types import CallableType

        sig = proper(key.node.type) if key.node.type is not None else None
        if isinstance(sig, CallableType):
            return builder.rtype(sig.ret_type, key)
    if isinstance(key, RefExpr) and key.fullname == "builtins.len":
        return INT
    if isinstance(key, RefExpr) and key.fullname == "builtins.abs":
        return item
    if _unbound_str_method(key) is not None and item == STR:
        return STR
    raise Unsupported(key, "this key= function is not supported by pyuk yet (a function name,"
                      " a lambda, len, abs or str.lower-like methods)")


_wrap("builtins.sorted", _sorted)


def _set_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    rtype = builder.rtype_of(call)
    item = item_rtype(builder, builder.type_of(call), call)
    s = builder.temp(rtype)
    if call.args and not isinstance(call.args[0], GeneratorExpr) and class_of(
            builder.type_of(call.args[0])) == "builtins.set":
        builder.move(s, rt(builder, "pyuk_set_copy", [builder.expr(call.args[0])], call))
        return s
    builder.move(s, rt(builder, "pyuk_set_new", [Const(kind_of(item), INT)], call))
    if call.args:
        def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
            w = pack(builder, coerce(builder, value, vtype, item, call), call)
            rt(builder, "pyuk_set_add", [s, w], call)

        for_each(builder, call.args[0], add, call)
    return s


_wrap("builtins.set", _set_call)


def _tuple_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    t = builder.type_of(call)
    rtype = builder.rtype(t, call)
    item = item_rtype(builder, t, call)
    symbol = tuple_symbol_for(builder, t, call)
    if not call.args:
        return new_tuple(builder, symbol, [], rtype, call)
    lst = collect_list(builder, call.args[0], item, RType(f"list[{item}]", OBJECT.repr), call)
    result = builder.temp(rtype)
    builder.move(result, rt(builder, "pyuk_tuple_from_list",
                            [lst, tuple_type_ref(builder, symbol)], call))
    return result


_wrap("builtins.tuple", _tuple_call)


def _dict_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    t = builder.type_of(call)
    rtype = builder.rtype(t, call)
    key, value = item_rtype(builder, t, call, 0), item_rtype(builder, t, call, 1)
    d = builder.temp(rtype)
    if call.args and call.arg_kinds[0] == ARG_POS and not isinstance(call.args[0], GeneratorExpr) \
            and class_of(builder.type_of(call.args[0])) == "builtins.dict":
        builder.move(d, rt(builder, "pyuk_dict_copy", [builder.expr(call.args[0])], call))
        return d
    builder.move(d, rt(builder, "pyuk_dict_new", [Const(kind_of(key), INT),
                                                 Const(kind_of(value), INT)], call))
    for arg, kind, name in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if kind == ARG_NAMED and name:
            vw = pack(builder, value_as(builder, arg, value), arg)
            rt(builder, "pyuk_dict_setitem", [d, pack(builder, Const(name, STR)), vw], arg)
            continue

        def add(pair: Operand, ptype: RType, exit_: BasicBlock) -> None:
            ks = builder.emit("tuple.item", [pair, Const(0, INT)], call)
            vs = builder.emit("tuple.item", [pair, Const(1, INT)], call)
            rt(builder, "pyuk_dict_setitem", [d, ks, vs], call)

        gen_parts = _pairs_gen(builder, arg)
        if gen_parts is not None:
            gen_parts(d, key, value)
        else:
            for_each(builder, arg, add, call)
    return d


def _pairs_gen(builder: IRBuilder, arg: Expression
               ) -> Callable[[Operand, RType, RType], None] | None:
    """dict(zip(a, b)) / dict(enumerate(x)) without building tuples."""
    if _builtin_call(arg, "builtins.zip", "builtins.enumerate") is None:
        return None

    def run(d: Operand, key: RType, value: RType) -> None:
        gen = make_gen(builder, arg, arg)
        gen.init()
        test, body, done = builder.new_block(), builder.new_block(), builder.new_block()
        builder.goto(test)
        builder.activate(test)
        gen.test(done)
        builder.goto(body)
        builder.activate(body)
        parts = gen.parts() or []
        (k, kt), (v, vt) = parts
        kw = pack(builder, coerce(builder, k, kt, key, arg), arg)
        vw = pack(builder, coerce(builder, v, vt, value, arg), arg)
        rt(builder, "pyuk_dict_setitem", [d, kw, vw], arg)
        gen.step()
        builder.goto(test)
        builder.activate(done)

    return run


_wrap("builtins.dict", _dict_call)


def _repr_str(builder: IRBuilder, call: CallExpr) -> Operand | None:
    assert isinstance(call.callee, RefExpr)
    if len(call.args) != 1 or call.arg_kinds[0] != ARG_POS:
        return None
    arg = call.args[0]
    rtype = builder.rtype_of(arg)
    is_repr = call.callee.fullname == "builtins.repr"
    if not is_repr and rtype == STR:
        return builder.expr(arg)
    w, k = word_of(builder, builder.expr(arg), rtype, arg)
    return rt(builder, "pyuk_word_repr" if is_repr else "pyuk_word_str", [w, k], call)


def _repr_str_generic(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not call.args:
        return None
    rtype = builder.rtype_of(call.args[0])
    if rtype in (INT, FLOAT, BOOL, STR) and BUILTIN_CALLS.get("builtins.str") is not None \
            and _has_previous.get(_name(call)):
        return None
    return _repr_str(builder, call)


def _name(call: CallExpr) -> str:
    return call.callee.fullname if isinstance(call.callee, RefExpr) else ""


_has_previous = {n: n in BUILTIN_CALLS for n in ("builtins.str", "builtins.repr")}
_wrap("builtins.repr", _repr_str_generic)
_wrap("builtins.str", _repr_str_generic)


# isinstance(x, T) for builtin types
_FAMILIES = {"builtins.int": 1, "builtins.float": 2, "builtins.bool": 3, "builtins.str": 4,
             "builtins.bytes": 5, "builtins.bytearray": 6, "builtins.list": 7,
             "builtins.tuple": 8, "builtins.dict": 9, "builtins.set": 10}


def _isinstance(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if len(call.args) != 2:
        return None
    cls_expr = call.args[1]
    classes = cls_expr.items if isinstance(cls_expr, TupleExpr) else [cls_expr]
    names = [c.fullname for c in classes if isinstance(c, RefExpr)]
    if len(names) != len(classes) or not all(n in _FAMILIES for n in names):
        return None
    value = builder.expr(call.args[0])
    rtype = builder.rtype_of(call.args[0])
    static = _static_name(builder, builder.type_of(call.args[0]))
    if static is not None:
        known = static in names or (static == "builtins.bool" and "builtins.int" in names)
        return Const(known, BOOL)
    w, k = word_of(builder, value, rtype, call)
    result = builder.temp(BOOL)
    builder.move(result, Const(False, BOOL))
    done = builder.new_block()
    for n in names:
        hit = rt(builder, "pyuk_word_is_family", [w, k, Const(_FAMILIES[n], INT)], call)
        yes, no = builder.new_block(), builder.new_block()
        builder.branch(hit, yes, no)
        builder.activate(yes)
        builder.move(result, Const(True, BOOL))
        builder.goto(done)
        builder.activate(no)
    builder.goto(done)
    builder.activate(done)
    return result


def _static_name(builder: IRBuilder, t: Type) -> str | None:
    cls = class_of(t)
    if cls in _FAMILIES:
        return cls
    return None


_wrap("builtins.isinstance", _isinstance)


def _hash(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if len(call.args) != 1:
        return None
    arg = call.args[0]
    w, k = word_of(builder, builder.expr(arg), builder.rtype_of(arg), arg)
    return rt(builder, "pyuk_word_hash", [w, k], call)


_wrap("builtins.hash", _hash)


@builtin("pyuk.gc.stats")
def _gc_stats(builder: IRBuilder, call: CallExpr) -> Operand:
    """pyuk.gc.stats(): the runtime's figures (the module's body is what
    CPython runs)."""
    result = builder.temp(builder.rtype_of(call))
    builder.move(result, rt(builder, "pyuk_gc_stats_dict", [], call))
    return result


# ---- methods ----


def _receiver(builder: IRBuilder, recv: Expression) -> tuple[Operand, Type]:
    return builder.expr(recv), builder.type_of(recv)


def _arg_word(builder: IRBuilder, expr: Expression, item: RType) -> Operand:
    return pack(builder, value_as(builder, expr, item), expr)


def _probe(builder: IRBuilder, expr: Expression) -> tuple[Operand, Operand]:
    return word_of(builder, builder.expr(expr), builder.rtype_of(expr), expr)


NONE_RESULT = Const(None, NONE)


@method("builtins.list.append")
def _list_append(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, t = _receiver(builder, recv)
    w = _arg_word(builder, call.args[0], item_rtype(builder, t, call))
    builder.add(Instr("list.append", args=[lst, w], line=call.line))
    return NONE_RESULT


@method("builtins.list.pop")
def _list_pop(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, t = _receiver(builder, recv)
    index = value_as(builder, call.args[0], INT) if call.args else Const(-1, INT)
    w = rt(builder, "pyuk_list_pop", [lst, index], call)
    return unpack(builder, w, item_rtype(builder, t, call), call)


@method("builtins.list.insert")
def _list_insert(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, t = _receiver(builder, recv)
    index = value_as(builder, call.args[0], INT)
    w = _arg_word(builder, call.args[1], item_rtype(builder, t, call))
    rt(builder, "pyuk_list_insert", [lst, index, w], call)
    return NONE_RESULT


@method("builtins.list.extend")
def _list_extend(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, t = _receiver(builder, recv)
    arg = call.args[0]
    if not isinstance(arg, GeneratorExpr) and builder.rtype_of(arg) == builder.rtype(t, call):
        rt(builder, "pyuk_list_extend", [lst, builder.expr(arg)], call)
        return NONE_RESULT
    item = item_rtype(builder, t, call)

    def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        w = pack(builder, coerce(builder, value, vtype, item, call), call)
        builder.add(Instr("list.append", args=[lst, w], line=call.line))

    for_each(builder, arg, add, call)
    return NONE_RESULT


@method("builtins.list.remove")
def _list_remove(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, _ = _receiver(builder, recv)
    rt(builder, "pyuk_list_remove", [lst, *_probe(builder, call.args[0])], call)
    return NONE_RESULT


@method("builtins.list.index")
def _list_index(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, _ = _receiver(builder, recv)
    probe = _probe(builder, call.args[0])
    start = value_as(builder, call.args[1], INT) if len(call.args) > 1 else Const(0, INT)
    stop = value_as(builder, call.args[2], INT) if len(call.args) > 2 else Const(2**62, INT)
    return rt(builder, "pyuk_list_index", [lst, *probe, start, stop], call)


@method("builtins.list.count")
def _list_count(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, _ = _receiver(builder, recv)
    return rt(builder, "pyuk_list_count", [lst, *_probe(builder, call.args[0])], call)


@method("builtins.list.sort")
def _list_sort(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    lst, t = _receiver(builder, recv)
    keywords = {n: a for a, n in zip(call.args, call.arg_names, strict=True) if n}
    sort_list(builder, lst, item_rtype(builder, t, call), keywords.get("key"),
              keywords.get("reverse"), call)
    return NONE_RESULT


@method("builtins.list.reverse", "builtins.list.clear", "builtins.dict.clear",
        "builtins.set.clear")
def _no_result(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    obj, t = _receiver(builder, recv)
    assert isinstance(call.callee, MemberExpr)
    family = {"builtins.list": "list", "builtins.dict": "dict", "builtins.set": "set"}[
        class_of(t) or ""]
    rt(builder, f"pyuk_{family}_{call.callee.name}", [obj], call)
    return NONE_RESULT


@method("builtins.list.copy", "builtins.dict.copy", "builtins.set.copy")
def _copy(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    obj, t = _receiver(builder, recv)
    family = {"builtins.list": "list", "builtins.dict": "dict", "builtins.set": "set"}[
        class_of(t) or ""]
    result = builder.temp(builder.rtype_of(call))
    builder.move(result, rt(builder, f"pyuk_{family}_copy", [obj], call))
    return result


@method("builtins.tuple.index", "builtins.tuple.count")
def _tuple_search(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    obj, _ = _receiver(builder, recv)
    assert isinstance(call.callee, MemberExpr)
    return rt(builder, f"pyuk_tuple_{call.callee.name}", [obj, *_probe(builder, call.args[0])],
              call)


@method("builtins.dict.get")
def _dict_get(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    d, t = _receiver(builder, recv)
    probe = _probe(builder, call.args[0])
    result_type = builder.rtype_of(call)
    value_type = item_rtype(builder, t, call, 1)
    if len(call.args) > 1:
        default = value_as(builder, call.args[1], result_type)
    else:
        default = Const(None, NONE)
    # the default goes through the value's word form: box it the result's way
    if result_type == value_type:
        w = rt(builder, "pyuk_dict_get", [d, *probe, pack(builder, default, call)], call)
        return unpack(builder, w, result_type, call)
    found = rt(builder, "pyuk_dict_contains", [d, *probe], call)
    result = builder.temp(result_type)
    builder.move(result, default)
    yes, done = builder.new_block(), builder.new_block()
    builder.branch(found, yes, done)
    builder.activate(yes)
    w = rt(builder, "pyuk_dict_getitem", [d, *probe], call)
    builder.move(result, coerce(builder, unpack(builder, w, value_type, call), value_type,
                                result_type, call))
    builder.goto(done)
    builder.activate(done)
    return result


@method("builtins.dict.setdefault")
def _dict_setdefault(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    d, t = _receiver(builder, recv)
    key_type, value_type = item_rtype(builder, t, call, 0), item_rtype(builder, t, call, 1)
    kw = _arg_word(builder, call.args[0], key_type)
    vw = _arg_word(builder, call.args[1], value_type) if len(call.args) > 1 else Const(0, INT)
    w = rt(builder, "pyuk_dict_setdefault", [d, kw, vw], call)
    return unpack(builder, w, value_type, call)


@method("builtins.dict.pop")
def _dict_pop(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    d, t = _receiver(builder, recv)
    probe = _probe(builder, call.args[0])
    value_type = item_rtype(builder, t, call, 1)
    result_type = builder.rtype_of(call)
    if len(call.args) == 1:
        return unpack(builder, rt(builder, "pyuk_dict_pop", [d, *probe], call), value_type, call)
    default = value_as(builder, call.args[1], result_type)
    if result_type == value_type:
        w = rt(builder, "pyuk_dict_pop_default", [d, *probe, pack(builder, default, call)],
               call)
        return unpack(builder, w, value_type, call)
    found = rt(builder, "pyuk_dict_contains", [d, *probe], call)
    result = builder.temp(result_type)
    builder.move(result, default)
    yes, done = builder.new_block(), builder.new_block()
    builder.branch(found, yes, done)
    builder.activate(yes)
    w = rt(builder, "pyuk_dict_pop", [d, *probe], call)
    builder.move(result, coerce(builder, unpack(builder, w, value_type, call), value_type,
                                result_type, call))
    builder.goto(done)
    builder.activate(done)
    return result


@method("builtins.dict.popitem")
def _dict_popitem(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    d, _ = _receiver(builder, recv)
    rtype = builder.rtype_of(call)
    tref = tuple_type_ref(builder, tuple_symbol_for(builder, builder.type_of(call), call))
    result = builder.temp(rtype)
    builder.move(result, rt(builder, "pyuk_dict_popitem", [d, tref], call))
    return result


@method("builtins.dict.keys", "builtins.dict.values", "builtins.dict.items")
def _dict_view(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    d, t = _receiver(builder, recv)
    assert isinstance(call.callee, MemberExpr)
    which = ("keys", "values", "items").index(call.callee.name)
    item_type: Operand = Const(None, NONE)
    if which == 2:
        kt, vt = item_rtype(builder, t, call, 0), item_rtype(builder, t, call, 1)
        item_type = tuple_type_ref(builder, tuple_symbol_of_rtypes([kt, vt]))
    result = builder.temp(builder.rtype_of(call))
    builder.move(result, rt(builder, "pyuk_dict_view_new", [d, Const(which, INT), item_type],
                            call))
    return result


@method("builtins.dict.update")
def _dict_update(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    d, t = _receiver(builder, recv)
    arg = call.args[0]
    if class_of(builder.type_of(arg)) == "builtins.dict":
        rt(builder, "pyuk_dict_update", [d, builder.expr(arg)], call)
        return NONE_RESULT
    key, value = item_rtype(builder, t, call, 0), item_rtype(builder, t, call, 1)
    gen_parts = _pairs_gen(builder, arg)
    if gen_parts is not None:
        gen_parts(d, key, value)
        return NONE_RESULT

    def add(pair: Operand, ptype: RType, exit_: BasicBlock) -> None:
        ks = builder.emit("tuple.item", [pair, Const(0, INT)], call)
        vs = builder.emit("tuple.item", [pair, Const(1, INT)], call)
        rt(builder, "pyuk_dict_setitem", [d, ks, vs], call)

    for_each(builder, arg, add, call)
    return NONE_RESULT


@method("builtins.set.add")
def _set_add(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s, t = _receiver(builder, recv)
    rt(builder, "pyuk_set_add", [s, _arg_word(builder, call.args[0], item_rtype(builder, t,
                                                                                call))], call)
    return NONE_RESULT


@method("builtins.set.discard", "builtins.set.remove")
def _set_discard(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s, _ = _receiver(builder, recv)
    assert isinstance(call.callee, MemberExpr)
    rt(builder, f"pyuk_set_{call.callee.name}", [s, *_probe(builder, call.args[0])], call)
    return NONE_RESULT


@method("builtins.set.pop")
def _set_pop(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s, t = _receiver(builder, recv)
    return unpack(builder, rt(builder, "pyuk_set_pop", [s], call), item_rtype(builder, t, call),
                  call)


_SET_BINARY = {"union": "pyuk_set_or", "intersection": "pyuk_set_and",
               "difference": "pyuk_set_sub", "symmetric_difference": "pyuk_set_xor",
               "issubset": "pyuk_set_issubset", "isdisjoint": "pyuk_set_isdisjoint",
               "update": "pyuk_set_update", "intersection_update": "pyuk_set_iand",
               "difference_update": "pyuk_set_isub",
               "symmetric_difference_update": "pyuk_set_ixor"}


def _as_set(builder: IRBuilder, arg: Expression, item: RType, node: Context) -> Operand:
    if not isinstance(arg, GeneratorExpr) and class_of(builder.type_of(arg)) == "builtins.set":
        return builder.expr(arg)
    s = builder.temp(RType(f"set[{item}]", OBJECT.repr))
    builder.move(s, rt(builder, "pyuk_set_new", [Const(kind_of(item), INT)], node))

    def add(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
        rt(builder, "pyuk_set_add", [s, pack(builder, coerce(builder, value, vtype, item, node),
                                             node)], node)

    for_each(builder, arg, add, node)
    return s


def _is_set_expr(builder: IRBuilder, arg: Expression) -> bool:
    return not isinstance(arg, GeneratorExpr) and class_of(builder.type_of(arg)) == "builtins.set"


@method(*(f"builtins.set.{n}" for n in (*_SET_BINARY, "issuperset")))
def _set_binary(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    """Set methods with CPython's procedures: a set argument is merged or
    probed table by table, any other iterable item by item (the table, so
    the iteration order, depends on it)."""
    s, t = _receiver(builder, recv)
    assert isinstance(call.callee, MemberExpr)
    name = call.callee.name
    item = item_rtype(builder, t, call)
    result_type = builder.rtype_of(call)
    if len(call.args) == 1:
        return _set_method_one(builder, call, name, s, item, call.args[0], result_type)
    return _set_method_many(builder, call, name, s, item, result_type)


def _set_method_many(builder: IRBuilder, call: CallExpr, name: str, s: Operand, item: RType,
                     result_type: RType) -> Operand:
    """union/intersection/difference(*others) and their updates: CPython
    applies the others one at a time, in order (union: a copy updated with
    each; intersection: intersected pairwise; difference: the first, then
    discarding the others from the result)."""
    one = partial(_set_method_one, builder, call)
    if not call.args:
        if name.endswith("update"):
            return NONE_RESULT
        copy = builder.temp(result_type)
        builder.move(copy, rt(builder, "pyuk_set_copy", [s], call))
        return copy
    if name in ("update", "difference_update"):
        for arg in call.args:
            one(name, s, item, arg, result_type)
        return NONE_RESULT
    if name == "union":
        target = builder.temp(result_type)
        builder.move(target, rt(builder, "pyuk_set_copy", [s], call))
        for arg in call.args:
            one("update", target, item, arg, result_type)
        return target
    if name == "difference":
        rest = one("difference", s, item, call.args[0], result_type)
        for arg in call.args[1:]:
            one("difference_update", rest, item, arg, result_type)
        return rest
    current = s
    for arg in call.args:
        current = one("intersection", current, item, arg, result_type)
    if name == "intersection_update":
        rt(builder, "pyuk_set_assign", [s, current], call)
        return NONE_RESULT
    return current


def refuse_mixed_number_sets(builder: IRBuilder, item: RType, other: Expression,
                             node: Context) -> None:
    """Sets hold raw ints, floats or bools: a union or an intersection of a
    set[int] and a set[float] mixes them, and CPython keeps each element's
    type ({0.5} | {3} prints {0.5, 3}); pyuk would change some silently.
    A set of objects (what mypy makes of the literal in f & {1.0}) is fine
    when it is a display of items of the same type."""
    numbers = (INT, FLOAT, BOOL)
    other_item = item_rtype(builder, builder.type_of(other), other)
    if item == other_item or (item not in numbers and other_item not in numbers):
        return
    if isinstance(other, SetExpr) and other_item not in numbers and all(
            builder.rtype_of(i) == item for i in other.items):
        return
    raise Unsupported(node, f'combining a set of "{item}" with a set of "{other_item}" is '
                            "not supported by pyuk (CPython keeps each item's type): "
                            "convert one side first, e.g. {float(x) for x in s}")


def _set_method_one(builder: IRBuilder, call: CallExpr, name: str, s: Operand, item: RType,
                    arg: Expression, result_type: RType) -> Operand:
    """A set method with one argument."""
    if name in ("issubset", "issuperset", "isdisjoint"):
        other = _as_set(builder, arg, item, call)
        if name == "issuperset":
            return rt(builder, "pyuk_set_issubset", [other, s], call)
        return rt(builder, _SET_BINARY[name], [s, other], call)
    if _is_set_expr(builder, arg):
        if name not in ("difference", "difference_update"):
            refuse_mixed_number_sets(builder, item, arg, arg)
        result = rt(builder, _SET_BINARY[name], [s, builder.expr(arg)], call)
        if name.endswith("update"):
            return NONE_RESULT
        typed = builder.temp(result_type)
        builder.move(typed, result)
        return typed

    def each(body: Callable[[Operand], object]) -> None:
        def run(value: Operand, vtype: RType, exit_: BasicBlock) -> None:
            body(pack(builder, coerce(builder, value, vtype, item, call), call))

        for_each(builder, arg, run, call)

    kind = Const(kind_of(item), INT)
    if name in ("update", "union"):
        target = s
        if name == "union":
            target = builder.temp(result_type)
            builder.move(target, rt(builder, "pyuk_set_copy", [s], call))
        each(lambda w: rt(builder, "pyuk_set_add", [target, w], call) and None)
        return NONE_RESULT if name == "update" else target
    if name in ("difference", "difference_update"):
        target = s
        if name == "difference":
            target = builder.temp(result_type)
            builder.move(target, rt(builder, "pyuk_set_copy", [s], call))
        each(lambda w: rt(builder, "pyuk_set_discard", [target, w, kind], call) and None)
        return NONE_RESULT if name == "difference_update" else target
    if name in ("intersection", "intersection_update"):
        result = builder.temp(RType(f"set[{item}]", OBJECT.repr))
        builder.move(result, rt(builder, "pyuk_set_new", [kind], call))

        def keep(w: Operand) -> None:
            found = rt(builder, "pyuk_set_contains", [s, w, kind], call)
            yes, no = builder.new_block(), builder.new_block()
            builder.branch(found, yes, no)
            builder.activate(yes)
            rt(builder, "pyuk_set_add", [result, w], call)
            builder.goto(no)
            builder.activate(no)

        each(keep)
        if name == "intersection_update":
            rt(builder, "pyuk_set_assign", [s, result], call)
            return NONE_RESULT
        return result
    # symmetric_difference(_update): the argument as a set, item by item
    other = _as_set(builder, arg, item, call)
    if name == "symmetric_difference_update":
        rt(builder, "pyuk_set_ixor", [s, other], call)
        return NONE_RESULT
    rt(builder, "pyuk_set_ixor", [other, s], call)
    return other


__all__ = ["KIND_OBJ", "METHOD_CALLS", "PYUK_GT", "PYUK_LT", "Register"]
