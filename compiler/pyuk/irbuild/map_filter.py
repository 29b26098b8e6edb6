"""``map(f, xs)`` and ``filter(f, xs)`` wherever pyuk iterates: ``for``
loops, comprehensions, ``list()``, ``sorted()``, ``sum()``, ``str.join``...

They are lowered like comprehensions: the loop over ``xs`` calls ``f`` on
each item as it comes (CPython's lazy order: item, call, body, next item),
so no intermediate list is built.  ``f`` is what a ``key=`` argument may be
(a function, a lambda, ``len``, ``abs``) or one of the conversions
``str``, ``repr``, ``int``, ``float``, ``bool``; ``filter(None, xs)`` keeps
the true items.  Only one iterable is taken (``map(f, xs, ys)`` is refused).
"""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Context, Expression, RefExpr
from mypy.types import Instance

from pyuk.ir.nodes import BasicBlock, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, STR, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce, truth_value
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.iteration import GEN_HOOKS, ForGen, call_key, make_gen
from pyuk.irbuild.types import proper


def _apply(builder: IRBuilder, fn: Expression, value: Operand, vtype: RType,
           node: Context) -> tuple[Operand, RType]:
    """fn(value) for map() and filter()."""
    from pyuk.irbuild.strings import to_repr, to_str

    name = fn.fullname if isinstance(fn, RefExpr) else ""
    if name == "builtins.str":
        return to_str(builder, value, vtype, node), STR
    if name == "builtins.repr":
        return to_repr(builder, value, vtype, node), STR
    if name == "builtins.bool":
        return truth_value(builder, value, vtype, node), BOOL
    if name == "builtins.float" and vtype in (INT, BOOL, FLOAT):
        if vtype == BOOL:
            value, vtype = coerce(builder, value, BOOL, INT, node, binding=False), INT
        if vtype == INT:
            return builder.emit("int.to_float", [value], node), FLOAT
        return value, FLOAT
    if name == "builtins.int" and vtype in (INT, BOOL, FLOAT):
        if vtype == FLOAT:
            return builder.emit("float.to_int", [value], node), INT
        return coerce(builder, value, vtype, INT, node, binding=False), INT
    return call_key(builder, fn, value, vtype, node)


def _item_rtype(builder: IRBuilder, call: CallExpr) -> RType:
    t = proper(builder.type_of(call))
    if not isinstance(t, Instance) or len(t.args) != 1:
        raise Unsupported(call, f'"{t}" is not supported by pyuk yet')
    return builder.rtype(t.args[0], call)


class MapGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, inner: ForGen) -> None:
        super().__init__(builder, call)
        self.fn = call.args[0]
        self.inner = inner
        self.item_type = _item_rtype(builder, call)

    def init(self) -> None:
        self.inner.init()

    def test(self, exit_: BasicBlock) -> None:
        self.inner.test(exit_)

    def item(self) -> Operand:
        value, rtype = _apply(self.b, self.fn, self.inner.item(), self.inner.item_type,
                              self.node)
        return coerce(self.b, value, rtype, self.item_type, self.node, binding=False)

    def step(self) -> None:
        self.inner.step()


class FilterGen(ForGen):
    def __init__(self, builder: IRBuilder, call: CallExpr, inner: ForGen) -> None:
        super().__init__(builder, call)
        fn = call.args[0]
        self.fn = None if is_none_literal(fn) else fn
        self.inner = inner
        self.item_type = inner.item_type

    def init(self) -> None:
        self.inner.init()

    def test(self, exit_: BasicBlock) -> None:
        """Moves on to the next item that passes (or leaves the loop)."""
        b = self.b
        head, skip, found = b.new_block(), b.new_block(), b.new_block()
        b.goto(head)
        b.activate(head)
        self.inner.test(exit_)
        self.current = self._keep(self.inner.item(), self.inner.item_type)
        if self.fn is None:
            keep = truth_value(b, self.current, self.item_type, self.node)
        else:
            verdict, vtype = _apply(b, self.fn, self.current, self.item_type, self.node)
            keep = truth_value(b, verdict, vtype, self.node)
        b.branch(keep, found, skip)
        b.activate(skip)
        self.inner.step()
        b.goto(head)
        b.activate(found)

    def item(self) -> Operand:
        return self.current

    def step(self) -> None:
        self.inner.step()


def _map_filter_gen(builder: IRBuilder, expr: Expression, node: Context) -> ForGen | None:
    if not (isinstance(expr, CallExpr) and isinstance(expr.callee, RefExpr)
            and expr.callee.fullname in ("builtins.map", "builtins.filter")):
        return None
    name = expr.callee.fullname.removeprefix("builtins.")
    if len(expr.args) != 2 or any(k != ARG_POS for k in expr.arg_kinds):
        raise Unsupported(expr, f"{name}() over more than one iterable is not supported by "
                                "pyuk: zip them, or use a comprehension")
    inner = make_gen(builder, expr.args[1], node)
    return MapGen(builder, expr, inner) if name == "map" else FilterGen(builder, expr, inner)


GEN_HOOKS.append(_map_filter_gen)
