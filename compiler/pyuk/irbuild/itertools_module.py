"""The ``itertools`` module where pyuk iterates: ``for`` loops,
comprehensions, ``list()``, ``sorted()``, ``sum()``, ``str.join``...
(``iteration.GEN_HOOKS``, as ``map`` and ``filter`` in map_filter.py).

Each iterator is compiled into the loop that reads it, lazily, in
CPython's order of calls and items:

- ``chain(*its)``, ``chain.from_iterable(its)`` (each item a list, tuple,
  str or bytes);
- ``product(*its, repeat=n)``, ``permutations(it[, r])``,
  ``combinations(it, r)``, ``combinations_with_replacement(it, r)``: the
  pools are copied into lists when the loop starts (CPython copies them
  into tuples) and runtime-c/core/itertools.c steps the indices;
- ``accumulate(it[, func], initial=...)``, ``islice(it, [start,] stop[,
  step])``, ``count(start, step)``, ``repeat(x[, times])``,
  ``zip_longest(*its, fillvalue=...)``, ``pairwise(it)``.

An itertools iterator is not a value in pyuk: storing one in a variable,
passing it to a function or calling ``next()`` on it is refused, with a
message that says where it can be used.  ``groupby`` and the other names
of the module are refused by the dialect checker (PROVIDED_NAMES).
"""

from __future__ import annotations

from mypy.nodes import (
    ARG_NAMED,
    ARG_POS,
    CallExpr,
    Context,
    Expression,
    ListExpr,
    MemberExpr,
    RefExpr,
    TupleExpr,
)
from mypy.types import Instance, TupleType, Type

from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, STR, RType
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import (
    KIND_OBJ,
    class_of,
    kind_of,
    length_of,
    new_list,
    pack,
    rt,
    tuple_symbol_for,
    tuple_type_ref,
    type_args,
    unpack,
    value_as,
)
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.functools_module import call_value2, function_signature
from pyuk.irbuild.iteration import GEN_HOOKS, ForGen, collect_list, make_gen
from pyuk.irbuild.types import canonical_name, proper

WHERE = ("where pyuk iterates: a for loop, a comprehension, list(), tuple(), set(), sorted(),"
         " sum(), min(), max(), any(), all(), str.join(), enumerate() or zip()")


def _item_type(builder: IRBuilder, call: CallExpr) -> tuple[Type, RType]:
    t = proper(builder.type_of(call))
    if not isinstance(t, Instance) or len(t.args) != 1:
        raise Unsupported(call, f'"{canonical_name(t)}" is not supported by pyuk yet')
    return t.args[0], builder.rtype(t.args[0], call)


def _positional(call: CallExpr, name: str, low: int, high: int,
                keywords: tuple[str, ...] = ()) -> tuple[list[Expression],
                                                         dict[str, Expression]]:
    args: list[Expression] = []
    named: dict[str, Expression] = {}
    for arg, kind, key in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if kind == ARG_POS and not named:
            args.append(arg)
        elif kind == ARG_NAMED and key in keywords:
            named[key] = arg
        else:
            raise Unsupported(call, f"itertools.{name}() with these arguments is not supported"
                                    " by pyuk")
    if not low <= len(args) <= high:
        raise Unsupported(call, f"itertools.{name}() with these arguments is not supported"
                                " by pyuk")
    return args, named


def _int_arg(builder: IRBuilder, expr: Expression) -> Operand:
    rtype = builder.rtype_of(expr)
    if rtype not in (INT, BOOL):
        raise Unsupported(expr, "an int is expected here by pyuk")
    return coerce(builder, builder.expr(expr), rtype, INT, expr, binding=False)


def _list_rtype(item: RType) -> RType:
    return RType(f"list[{item}]", OBJECT.repr)


class _ItemGen(ForGen):
    """A generator whose item is computed in ``test`` and kept in a register."""

    current: Register

    def item(self) -> Operand:
        return self.current


# ---- chain ----


class ChainGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, inners: list[ForGen]) -> None:
        super().__init__(builder, call)
        self.inners = inners
        _, self.item_type = _item_type(builder, call)

    def init(self) -> None:
        for g in self.inners:  # CPython evaluates every argument first
            g.init()
        self.which = self._keep(Const(0, INT), INT)
        self.current = self.b.temp(self.item_type)

    def _dispatch(self, targets: list[BasicBlock], otherwise: BasicBlock) -> None:
        b = self.b
        for k, target in enumerate(targets):
            other = b.new_block()
            b.branch(b.emit("int.eq", [self.which, Const(k, INT)]), target, other)
            b.activate(other)
        b.goto(otherwise)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        found = b.new_block()
        blocks = [b.new_block() for _ in self.inners]
        self._dispatch(blocks, exit_)
        for k, g in enumerate(self.inners):
            b.activate(blocks[k])
            done = b.new_block()
            g.test(done)
            b.move(self.current, coerce(b, g.item(), g.item_type, self.item_type, self.node,
                                        binding=False))
            b.goto(found)
            b.activate(done)
            b.move(self.which, Const(k + 1, INT))
            b.goto(blocks[k + 1] if k + 1 < len(self.inners) else exit_)
        b.activate(found)

    def item(self) -> Operand:
        return self.current

    def step(self) -> None:
        b = self.b
        after = b.new_block()
        blocks = [b.new_block() for _ in self.inners]
        self._dispatch(blocks, after)
        for k, g in enumerate(self.inners):
            b.activate(blocks[k])
            g.step()
            b.goto(after)
        b.activate(after)


_SEQUENCES = {"builtins.list": "list", "builtins.tuple": "tuple", "builtins.str": "str",
              "builtins.bytes": "bytes"}


class FromIterableGen(_ItemGen):
    """chain.from_iterable(xss): each item of xss (a list, tuple, str or
    bytes) read by index, the length re-read each time as CPython's list
    iterator does."""

    def __init__(self, builder: IRBuilder, call: CallExpr, outer: ForGen) -> None:
        super().__init__(builder, call)
        self.outer = outer
        _, self.item_type = _item_type(builder, call)
        arg_type = builder.type_of(call.args[0])
        args = type_args(arg_type)
        inner = args[0] if class_of(arg_type) != "builtins.dict" and args else None
        display = call.args[0]
        if isinstance(display, (ListExpr, TupleExpr)) and display.items:
            # mypy types the items of a display as the parameter's Iterable[T]
            kinds = {class_of(builder.type_of(e)) for e in display.items}
            if len(kinds) == 1:
                inner = builder.type_of(display.items[0])
        family = _SEQUENCES.get(class_of(inner) or "") if inner is not None else None
        if inner is None or family is None:
            shown = canonical_name(inner) if inner is not None else canonical_name(arg_type)
            raise Unsupported(call.args[0], "chain.from_iterable() takes an iterable of lists,"
                              f' tuples, str or bytes in pyuk, not of "{shown}": declare the'
                              " argument's type (xss: list[list[int]] = ...)")
        if family == "tuple" and len({builder.rtype(a, call) for a in type_args(inner)}) > 1:
            raise Unsupported(call.args[0], "iterating a tuple of mixed item types is not"
                              " supported by pyuk yet")
        self.family = family
        self.seq_type = outer.item_type

    def init(self) -> None:
        self.outer.init()
        self.seq = self.b.temp(self.seq_type)
        self.index = self._keep(Const(0, INT), INT)
        self.have = self._keep(Const(False, BOOL), BOOL)
        self.current = self.b.temp(self.item_type)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        head, take, inner, found = (b.new_block() for _ in range(4))
        b.goto(head)
        b.activate(head)
        b.branch(self.have, inner, take)
        b.activate(take)
        self.outer.test(exit_)
        b.move(self.seq, self.outer.item())
        self.outer.step()
        b.move(self.index, Const(0, INT))
        b.move(self.have, Const(True, BOOL))
        b.goto(inner)
        b.activate(inner)
        n = length_of(b, self.seq, self.family, self.node)
        more, empty = b.new_block(), b.new_block()
        b.branch(b.emit("int.lt", [self.index, n]), more, empty)
        b.activate(empty)
        b.move(self.have, Const(False, BOOL))
        b.goto(head)
        b.activate(more)
        if self.family == "str":
            value: Operand = rt(b, "pyuk_str_char_at", [self.seq, self.index], self.node)
            vtype = STR
        elif self.family == "bytes":
            value, vtype = rt(b, "pyuk_bytes_getitem", [self.seq, self.index], self.node), INT
        else:
            op = "list.item" if self.family == "list" else "tuple.item"
            vtype = self.item_type
            value = unpack(b, b.emit(op, [self.seq, self.index], self.node), vtype, self.node)
        b.move(self.current, coerce(b, value, vtype, self.item_type, self.node, binding=False))
        b.goto(found)
        b.activate(found)

    def step(self) -> None:
        self.b.move(self.index, self.b.emit("int.add", [self.index, Const(1, INT)]))


# ---- product, permutations, combinations ----


class CombinatoricGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, name: str) -> None:
        super().__init__(builder, call)
        self.call = call
        self.name = name
        item, self.item_type = _item_type(builder, call)
        self.symbol = tuple_symbol_for(builder, item, call)
        p = proper(item)
        self.fixed = [builder.rtype(t, call) for t in p.items] if isinstance(p, TupleType) \
            else None
        self.var = builder.rtype(type_args(p)[0], call) if self.fixed is None else None
        if name == "product":
            self.pools, named = _positional(call, name, 0, 1 << 30, ("repeat",))
            self.repeat = named.get("repeat")
            if self.pools and self.repeat is not None and self.fixed is None:
                kinds = {kind_of(builder.rtype(a, call)) for a in self._pool_items()}
                if len(kinds) > 1:
                    raise Unsupported(call, "product() of iterables of different item types"
                                      " with repeat= is not supported by pyuk")
        else:
            low = 1 if name == "permutations" else 2
            self.pools, named = _positional(call, name, 1, 2, ("r",))
            if "r" in named:
                if len(self.pools) == 2:
                    raise Unsupported(call, f"itertools.{name}() with these arguments is not"
                                            " supported by pyuk")
                self.pools.append(named["r"])
            if len(self.pools) < low:
                raise Unsupported(call, f"itertools.{name}() with these arguments is not"
                                        " supported by pyuk")
            self.r = self.pools[1] if len(self.pools) > 1 else None
            self.pools = self.pools[:1]

    def _pool_items(self) -> list[Type]:
        out = []
        for p in self.pools:
            args = type_args(self.b.type_of(p))
            out.append(args[0] if args else self.b.type_of(p))
        return out

    def _pool_item_rtype(self, k: int) -> RType:
        if self.fixed is not None:
            return self.fixed[k]
        assert self.var is not None
        return self.var

    def init(self) -> None:
        b = self.b
        node = self.call
        lists: list[Operand] = []
        for k, pool in enumerate(self.pools):
            item = self._pool_item_rtype(k)
            lst = collect_list(b, pool, item, _list_rtype(item), node)
            lists.append(self._keep(lst, _list_rtype(item)))
        pools = new_list(b, KIND_OBJ, Const(0, INT), _list_rtype(OBJECT), node)
        for lst in lists:
            b.add(Instr("list.append", args=[pools, pack(b, lst, node)], line=node.line))
        self.pool_list = self._keep(pools, _list_rtype(OBJECT))
        if self.name == "product":
            repeat: Operand = Const(1, INT)
            if self.repeat is not None:
                repeat = _int_arg(b, self.repeat)
            state = rt(b, "pyuk_itertools_product", [self.pool_list, repeat], node)
        else:
            n = length_of(b, lists[0], "list", node)
            r_given = self.r is not None and not is_none_literal(self.r)
            r: Operand = Const(0, INT)
            if self.r is not None and r_given:
                r = _int_arg(b, self.r)
            if self.name == "permutations":
                state = rt(b, "pyuk_itertools_permutations", [n, r, Const(r_given, BOOL)], node)
            else:
                replacement = self.name == "combinations_with_replacement"
                state = rt(b, "pyuk_itertools_combinations", [n, r, Const(replacement, BOOL)],
                           node)
        self.state = self._keep(state, _list_rtype(INT))

    def test(self, exit_: BasicBlock) -> None:
        more = rt(self.b, "pyuk_itertools_next", [self.state], self.node)
        self._exit_if(self.b.emit("bool.not", [more]), exit_)

    def item(self) -> Operand:
        b = self.b
        t = rt(b, "pyuk_itertools_tuple",
               [self.state, self.pool_list, tuple_type_ref(b, self.symbol)], self.node)
        dest = b.temp(self.item_type)
        b.move(dest, t)
        return dest

    def step(self) -> None:
        pass


# ---- accumulate, islice, count, repeat, zip_longest, pairwise ----


def _add(builder: IRBuilder, a: Operand, atype: RType, b: Operand, btype: RType,
         result: RType, node: Context) -> Operand:
    """a + b for accumulate() without a function."""
    from pyuk.irbuild.arithmetic import binary_numeric

    if atype in (INT, FLOAT, BOOL) and btype in (INT, FLOAT, BOOL):
        value, vtype = binary_numeric(builder, "+", a, atype, b, btype, result, node)
        return coerce(builder, value, vtype, result, node, binding=False)
    if atype == STR and btype == STR:
        return rt(builder, "pyuk_str_concat", [a, b], node)
    raise Unsupported(node, f'accumulate() of "{result}" items without a function is not'
                            ' supported by pyuk: pass func=')


class AccumulateGen(_ItemGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, inner: ForGen,
                 func: Expression | None, initial: Expression | None) -> None:
        super().__init__(builder, call)
        self.inner = inner
        self.func = func
        self.initial = initial
        _, self.item_type = _item_type(builder, call)
        if func is not None:
            self.params, self.ret = function_signature(builder, func, "itertools.accumulate()")
        elif self.item_type == BOOL:
            raise Unsupported(call, "accumulate() of bools without a function is not supported"
                                    " by pyuk: the sums are ints")

    def init(self) -> None:
        b = self.b
        self.inner.init()
        self.function = b.expr(self.func) if self.func is not None else None
        self.current = b.temp(self.item_type)
        self.have = self._keep(Const(self.initial is not None, BOOL), BOOL)
        self.pending = self._keep(Const(self.initial is not None, BOOL), BOOL)
        if self.initial is not None:
            b.move(self.current, value_as(b, self.initial, self.item_type))

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        found, read = b.new_block(), b.new_block()
        if self.initial is not None:
            b.branch(self.pending, found, read)  # the initial value comes first
        else:
            b.goto(read)
        b.activate(read)
        self.inner.test(exit_)
        value, vtype = self.inner.item(), self.inner.item_type
        first, later, done = b.new_block(), b.new_block(), b.new_block()
        b.branch(self.have, later, first)
        b.activate(first)
        b.move(self.current, coerce(b, value, vtype, self.item_type, self.node))
        b.goto(done)
        b.activate(later)
        if self.function is not None:
            total = call_value2(b, self.function, self.params, self.ret,
                                (self.current, self.item_type), (value, vtype), self.node)
            total = coerce(b, total, self.ret, self.item_type, self.node)
        else:
            total = _add(b, self.current, self.item_type, value, vtype, self.item_type,
                         self.node)
        b.move(self.current, total)
        b.goto(done)
        b.activate(done)
        b.move(self.have, Const(True, BOOL))
        b.goto(found)
        b.activate(found)

    def step(self) -> None:
        b = self.b
        if self.initial is None:
            self.inner.step()
            return
        was, advance, after = b.new_block(), b.new_block(), b.new_block()
        b.branch(self.pending, was, advance)
        b.activate(was)
        b.move(self.pending, Const(False, BOOL))
        b.goto(after)
        b.activate(advance)
        self.inner.step()
        b.goto(after)
        b.activate(after)


_ISLICE_STOP = ("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
_ISLICE_INDEX = ("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
_ISLICE_STEP = "Step for islice() must be a positive integer or None."


class IsliceGen(_ItemGen):
    """CPython's islice: skips to the next wanted position, stops without
    reading further once the stop position is reached."""

    def __init__(self, builder: IRBuilder, call: CallExpr, inner: ForGen,
                 args: list[Expression]) -> None:
        super().__init__(builder, call)
        self.inner = inner
        self.item_type = inner.item_type
        if len(args) == 1:
            self.start, self.stop, self.step_expr = None, args[0], None
        else:
            self.start, self.stop = args[0], args[1]
            self.step_expr = args[2] if len(args) > 2 else None

    def _bound(self, expr: Expression | None, default: int, message: str, low: int) -> Operand:
        b = self.b
        if expr is None or is_none_literal(expr):
            return Const(default, INT)
        value = self._keep(_int_arg(b, expr), INT)
        bad, good = b.new_block(), b.new_block()
        b.branch(b.emit("int.lt", [value, Const(low, INT)]), bad, good)
        b.activate(bad)
        rt(b, "pyuk_raise_value_error_cstr", [Const(message, STR)], self.node)
        b.add(Instr("unreachable"))
        b.activate(good)
        return value

    def init(self) -> None:
        # CPython checks stop, then start, then step, after taking the iterable
        self.inner.init()
        self.limit = self._keep(self._bound(self.stop, -1, _ISLICE_STOP, 0), INT)
        self.next = self._keep(self._bound(self.start, 0, _ISLICE_INDEX, 0), INT)
        self.stride = self._keep(self._bound(self.step_expr, 1, _ISLICE_STEP, 1), INT)
        self.count = self._keep(Const(0, INT), INT)
        self.current = self.b.temp(self.item_type)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        skip_head, skip, took = b.new_block(), b.new_block(), b.new_block()
        b.goto(skip_head)
        b.activate(skip_head)
        b.branch(b.emit("int.lt", [self.count, self.next]), skip, took)
        b.activate(skip)
        self.inner.test(exit_)
        self.inner.item()  # read and dropped, as CPython's next() reads it
        self.inner.step()
        b.move(self.count, b.emit("int.add", [self.count, Const(1, INT)]))
        b.goto(skip_head)
        b.activate(took)
        bounded = b.emit("int.ge", [self.limit, Const(0, INT)])
        reached = b.emit("int.ge", [self.count, self.limit])
        self._exit_if(b.emit("bool.and", [bounded, reached]), exit_)
        self.inner.test(exit_)
        b.move(self.current, self.inner.item())

    def step(self) -> None:
        b = self.b
        self.inner.step()
        b.move(self.count, b.emit("int.add", [self.count, Const(1, INT)]))
        b.add(Instr("int.add_saturating", self.next, [self.next, self.stride]))
        bounded = b.emit("int.ge", [self.limit, Const(0, INT)])
        past = b.emit("int.gt", [self.next, self.limit])
        clamp, after = b.new_block(), b.new_block()
        b.branch(b.emit("bool.and", [bounded, past]), clamp, after)
        b.activate(clamp)
        b.move(self.next, self.limit)
        b.goto(after)
        b.activate(after)


class CountGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr) -> None:
        super().__init__(builder, call)
        args, named = _positional(call, "count", 0, 2, ("start", "step"))
        names = ("start", "step")
        for i, a in enumerate(args):
            named[names[i]] = a
        self.start, self.stride = named.get("start"), named.get("step")
        types = {builder.rtype_of(e) for e in (self.start, self.stride) if e is not None}
        types = {INT if t == BOOL else t for t in types}
        if not types <= {INT} and types != {FLOAT}:
            raise Unsupported(call, "count() takes ints, or floats for both start and step, in"
                                    " pyuk: CPython's first item would keep the type of start")
        self.item_type = FLOAT if types == {FLOAT} else INT

    def _value(self, expr: Expression | None, default: int) -> Operand:
        if expr is None:
            return Const(float(default), FLOAT) if self.item_type == FLOAT \
                else Const(default, INT)
        if self.item_type == FLOAT:
            return value_as(self.b, expr, FLOAT)
        return _int_arg(self.b, expr)

    def init(self) -> None:
        self.counter = self._keep(self._value(self.start, 0), self.item_type)
        self.by = self._keep(self._value(self.stride, 1), self.item_type)

    def test(self, exit_: BasicBlock) -> None:
        pass  # endless: the loop leaves by break, return or an exception

    def item(self) -> Operand:
        return self.counter

    def step(self) -> None:
        op = "float.add" if self.item_type == FLOAT else "int.add"
        self.b.move(self.counter, self.b.emit(op, [self.counter, self.by], self.node))


class RepeatGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr) -> None:
        super().__init__(builder, call)
        args, named = _positional(call, "repeat", 1, 2, ("times",))
        self.value_expr = args[0]
        self.times = args[1] if len(args) > 1 else named.get("times")
        _, self.item_type = _item_type(builder, call)

    def init(self) -> None:
        b = self.b
        self.value = self._keep(value_as(b, self.value_expr, self.item_type), self.item_type)
        if self.times is not None:
            self.remaining = self._keep(_int_arg(b, self.times), INT)

    def test(self, exit_: BasicBlock) -> None:
        if self.times is not None:
            self._exit_if(self.b.emit("int.le", [self.remaining, Const(0, INT)]), exit_)

    def item(self) -> Operand:
        return self.value

    def step(self) -> None:
        if self.times is not None:
            self.b.move(self.remaining, self.b.emit("int.sub", [self.remaining, Const(1, INT)]))


class ZipLongestGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr) -> None:
        super().__init__(builder, call)
        args, named = _positional(call, "zip_longest", 1, 1 << 30, ("fillvalue",))
        self.fill = named.get("fillvalue")
        self.inners = [make_gen(builder, a, call) for a in args]
        item, self.item_type = _item_type(builder, call)
        p = proper(item)
        if not isinstance(p, TupleType):
            raise Unsupported(call, "zip_longest() of these iterables is not supported by pyuk")
        self.slot_types = [builder.rtype(t, call) for t in p.items]
        self.symbol = tuple_symbol_for(builder, item, call)

    def init(self) -> None:
        b = self.b
        for g in self.inners:
            g.init()
        if self.fill is not None:
            self.fill_value: Operand = self._keep(b.expr(self.fill), b.rtype_of(self.fill))
            self.fill_type = b.rtype_of(self.fill)
        else:
            self.fill_value, self.fill_type = Const(None, NONE), NONE
        self.live = [self._keep(Const(True, BOOL), BOOL) for _ in self.inners]
        self.values = [b.temp(t) for t in self.slot_types]

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        for g, live, value, vtype in zip(self.inners, self.live, self.values, self.slot_types,
                                         strict=True):
            read, dead, filled, after = (b.new_block() for _ in range(4))
            b.branch(live, read, filled)
            b.activate(read)
            g.test(dead)
            b.move(value, coerce(b, g.item(), g.item_type, vtype, self.node, binding=False))
            b.goto(after)
            b.activate(dead)
            b.move(live, Const(False, BOOL))
            b.goto(filled)
            b.activate(filled)
            b.move(value, coerce(b, self.fill_value, self.fill_type, vtype, self.node,
                                 binding=False))
            b.goto(after)
            b.activate(after)
        any_live: Operand = Const(False, BOOL)
        for live in self.live:
            any_live = b.emit("bool.or", [any_live, live])
        self._exit_if(b.emit("bool.not", [any_live]), exit_)

    def parts(self) -> list[tuple[Operand, RType]] | None:
        return [(v, t) for v, t in zip(self.values, self.slot_types, strict=True)]

    def item(self) -> Operand:
        from pyuk.irbuild.containers import new_tuple

        words = [pack(self.b, v, self.node) for v in self.values]
        return new_tuple(self.b, self.symbol, words, self.item_type, self.node)

    def step(self) -> None:
        b = self.b
        for g, live in zip(self.inners, self.live, strict=True):
            go, after = b.new_block(), b.new_block()
            b.branch(live, go, after)
            b.activate(go)
            g.step()
            b.goto(after)
            b.activate(after)


class PairwiseGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, inner: ForGen) -> None:
        super().__init__(builder, call)
        self.inner = inner
        item, self.item_type = _item_type(builder, call)
        self.symbol = tuple_symbol_for(builder, item, call)
        self.value_type = inner.item_type

    def init(self) -> None:
        self.inner.init()
        self.started = self._keep(Const(False, BOOL), BOOL)
        self.prev = self.b.temp(self.value_type)
        self.cur = self.b.temp(self.value_type)

    def test(self, exit_: BasicBlock) -> None:
        b = self.b
        first, second = b.new_block(), b.new_block()
        b.branch(self.started, second, first)
        b.activate(first)
        self.inner.test(exit_)
        b.move(self.prev, self.inner.item())
        self.inner.step()
        b.move(self.started, Const(True, BOOL))
        b.goto(second)
        b.activate(second)
        self.inner.test(exit_)
        b.move(self.cur, self.inner.item())

    def parts(self) -> list[tuple[Operand, RType]] | None:
        return [(self.prev, self.value_type), (self.cur, self.value_type)]

    def item(self) -> Operand:
        from pyuk.irbuild.containers import new_tuple

        words = [pack(self.b, self.prev, self.node), pack(self.b, self.cur, self.node)]
        return new_tuple(self.b, self.symbol, words, self.item_type, self.node)

    def step(self) -> None:
        self.b.move(self.prev, self.cur)
        self.inner.step()


# ---- the hook ----


def _name(expr: Expression) -> str | None:
    if not (isinstance(expr, CallExpr) and isinstance(expr.callee, RefExpr)):
        return None
    full = expr.callee.fullname
    callee = expr.callee
    if (isinstance(callee, MemberExpr) and callee.name == "from_iterable"
            and isinstance(callee.expr, RefExpr) and callee.expr.fullname == "itertools.chain"):
        return "chain.from_iterable"
    if full.startswith("itertools."):
        return full.removeprefix("itertools.")
    return None


def _itertools_gen(builder: IRBuilder, expr: Expression, node: Context) -> ForGen | None:
    name = _name(expr)
    if name is None:
        return None
    assert isinstance(expr, CallExpr)
    if name == "chain":
        args, _ = _positional(expr, name, 0, 1 << 30)
        return ChainGen(builder, expr, [make_gen(builder, a, node) for a in args])
    if name == "chain.from_iterable":
        args, _ = _positional(expr, name, 1, 1)
        return FromIterableGen(builder, expr, make_gen(builder, args[0], node))
    if name in ("product", "permutations", "combinations", "combinations_with_replacement"):
        return CombinatoricGen(builder, expr, name)
    if name == "accumulate":
        args, named = _positional(expr, name, 1, 2, ("func", "initial"))
        func = args[1] if len(args) > 1 else named.get("func")
        if func is not None and is_none_literal(func):
            func = None
        initial = named.get("initial")
        if initial is not None and is_none_literal(initial):
            initial = None
        return AccumulateGen(builder, expr, make_gen(builder, args[0], node), func, initial)
    if name == "islice":
        args, _ = _positional(expr, name, 2, 4)
        return IsliceGen(builder, expr, make_gen(builder, args[0], node), args[1:])
    if name == "count":
        return CountGen(builder, expr)
    if name == "repeat":
        return RepeatGen(builder, expr)
    if name == "zip_longest":
        return ZipLongestGen(builder, expr)
    if name == "pairwise":
        args, _ = _positional(expr, name, 1, 1)
        return PairwiseGen(builder, expr, make_gen(builder, args[0], node))
    return None


GEN_HOOKS.append(_itertools_gen)


def _as_value(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """An itertools call anywhere else: refused, saying where it works."""
    name = _name(call)
    if name is None:
        return None
    raise Unsupported(call, f"itertools.{name}() is not a value in pyuk: it is compiled into"
                            f" the loop that reads it, so it can be used only {WHERE}")


calls.CALL_HOOKS.append(_as_value)
