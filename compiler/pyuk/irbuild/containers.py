"""Containers: list, tuple, dict and set values, their literals, indexing,
slicing, methods and operators, and the generic object operations (==,
ordering, repr, truth, print) for any non-numeric value.

Items are 64-bit words (``word.pack``/``word.unpack``) read by a kind
(runtime.h): ``list[int]`` holds raw int64s.  See docs/containers.md.

Other lowering modules reach this one through hook lists they own
(``statements.STORE_HOOKS``, ``arithmetic.BINARY_HOOKS``,
``logic.COMPARE_HOOKS``, ``coerce.TRUTH_HOOKS``...); indexing dispatches on
the receiver's class through ``INDEX_HANDLERS`` so str/bytes can plug in.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import (
    CallExpr,
    Context,
    DelStmt,
    DictExpr,
    Expression,
    FloatExpr,
    IndexExpr,
    IntExpr,
    ListExpr,
    MemberExpr,
    NameExpr,
    OperatorAssignmentStmt,
    OpExpr,
    SetExpr,
    SliceExpr,
    StarExpr,
    StrExpr,
    TupleExpr,
    UnaryExpr,
)
from mypy.types import Instance, ProperType, TupleType, Type

from pyuk.ir.nodes import Const, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, STR, VOID, WORD, Repr, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported, expression_handler, statement_handler
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.types import canonical_name, proper

KIND_INT, KIND_FLOAT, KIND_BOOL, KIND_OBJ = 0, 1, 2, 3
LETTERS = "ifbo"

# byte offsets of the length fields (runtime.h, containers.h)
LEN_OFFSET = {"list": 8, "tuple": 8, "dict": 8, "set": 16, "str": 16, "bytes": 16,
              "bytearray": 8}

# slice.h
SLICE_START, SLICE_STOP = 1, 2
PYUK_LT, PYUK_LE, PYUK_EQ, PYUK_NE, PYUK_GT, PYUK_GE = range(6)
COMPARE_CODE = {"<": PYUK_LT, "<=": PYUK_LE, "==": PYUK_EQ, "!=": PYUK_NE, ">": PYUK_GT,
                ">=": PYUK_GE}

VIEW_CLASSES = {"_collections_abc.dict_keys": 0, "_collections_abc.dict_values": 1,
                "_collections_abc.dict_items": 2}


# ---- types and words ----


def kind_of(rtype: RType) -> int:
    if rtype.repr is Repr.I64:
        return KIND_INT
    if rtype.repr is Repr.F64:
        return KIND_FLOAT
    if rtype.repr is Repr.BOOL:
        return KIND_BOOL
    return KIND_OBJ


def class_of(t: Type) -> str | None:
    """builtins.list, builtins.dict, builtins.tuple (fixed tuples too)..."""
    p = proper(t)
    if isinstance(p, TupleType):
        return "builtins.tuple"
    if isinstance(p, Instance):
        return p.type.fullname
    return None


def type_args(t: Type) -> list[Type]:
    p = proper(t)
    if isinstance(p, TupleType):
        return list(p.items)
    if isinstance(p, Instance):
        return list(p.args)
    return []


def family_of(rtype: RType) -> str | None:
    """'list', 'dict', 'set', 'tuple' for the container reference types."""
    name = rtype.name
    if rtype.repr is not Repr.PTR:
        return None
    base = name.split("[", 1)[0]
    if " | " in base or " | " in name.replace(name[len(base):name.rfind("]") + 1], "", 1):
        return None  # a union at the top (list[int] | None), not list[X | None]
    if base in ("list", "dict", "set", "tuple"):
        return base
    if base in ("_collections_abc.dict_keys", "_collections_abc.dict_values",
                "_collections_abc.dict_items"):
        return "view"
    return None


def is_optional_number(rtype: RType) -> bool:
    parts = rtype.name.split(" | ")
    return rtype.is_ref and len(parts) == 2 and parts[1] == "None" and parts[0] in (
        "int", "float", "bool")


def pack(builder: IRBuilder, value: Operand, node: Context | None = None) -> Operand:
    if isinstance(value, Const) and value.type == INT:
        return value  # an int constant is its own word
    return builder.emit("word.pack", [value], node)


def unpack(builder: IRBuilder, word: Operand, rtype: RType, node: Context | None = None
           ) -> Operand:
    if rtype in (NONE, VOID):  # VOID: an item of an empty literal ([][0]), never read
        return Const(None, NONE)
    return builder.emit("word.unpack", [word], node, result=rtype)


def word_of(builder: IRBuilder, value: Operand, rtype: RType, node: Context
            ) -> tuple[Operand, Operand]:
    """A value as (word, kind constant)."""
    return pack(builder, value, node), Const(kind_of(rtype), INT)


def value_as(builder: IRBuilder, expr: Expression, dst: RType) -> Operand:
    return coerce(builder, builder.expr(expr), builder.rtype_of(expr), dst, expr)


def rt(builder: IRBuilder, name: str, args: list[Operand], node: Context | None) -> Operand:
    result = builder.call_runtime(name, args, node)
    return result if result is not None else Const(None, NONE)


def length_of(builder: IRBuilder, value: Operand, family: str, node: Context | None = None
              ) -> Operand:
    return builder.emit("load.len", [value, Const(LEN_OFFSET[family], INT)], node)


def item_rtype(builder: IRBuilder, t: Type, node: Context, index: int = 0) -> RType:
    args = type_args(t)
    if index >= len(args):
        raise Unsupported(node, f'the items of "{canonical_name(t)}" are not supported')
    return builder.rtype(args[index], node)


def tuple_symbol_for(builder: IRBuilder, t: Type, node: Context) -> str:
    """tuple_<kinds> of a tuple type: one letter per item, or v_<kind> for
    tuple[T, ...]."""
    p = proper(t)
    if isinstance(p, TupleType):
        return "tuple_" + "".join(LETTERS[kind_of(builder.rtype(i, node))] for i in p.items)
    args = type_args(p)
    if class_of(p) == "builtins.tuple" and args:
        return "tuple_v_" + LETTERS[kind_of(builder.rtype(args[0], node))]
    raise Unsupported(node, f'tuple type "{canonical_name(t)}" is not supported by pyuk yet')


def tuple_symbol_of_rtypes(rtypes: list[RType]) -> str:
    return "tuple_" + "".join(LETTERS[kind_of(r)] for r in rtypes)


def tuple_type_ref(builder: IRBuilder, symbol: str) -> Operand:
    dest = builder.temp(OBJECT)
    builder.add(Instr("tuple.type", dest, symbol=symbol))
    return dest


def new_tuple(builder: IRBuilder, symbol: str, words: list[Operand], rtype: RType,
              node: Context | None) -> Register:
    dest = builder.temp(rtype)
    builder.add(Instr("tuple.new", dest, list(words), symbol=symbol,
                      line=node.line if node else 0))
    return dest


def is_fixed_tuple(t: Type) -> bool:
    return isinstance(proper(t), TupleType)


# ---- literals ----


def new_list(builder: IRBuilder, kind: int, length: Operand, rtype: RType,
             node: Context | None) -> Operand:
    result = builder.call_runtime("pyuk_list_new", [Const(kind, INT), length], node)
    assert result is not None
    dest = builder.temp(rtype)
    builder.move(dest, result)
    return dest


@expression_handler(ListExpr)
def lower_list_expr(builder: IRBuilder, expr: ListExpr) -> Operand:
    t = builder.type_of(expr)
    rtype = builder.rtype(t, expr)
    item = item_rtype(builder, t, expr)
    kind = kind_of(item)
    if any(isinstance(i, StarExpr) for i in expr.items):
        lst = new_list(builder, kind, Const(0, INT), rtype, expr)
        for i in expr.items:
            if isinstance(i, StarExpr):
                from pyuk.irbuild.iteration import for_each

                def add(value: Operand, vtype: RType, exit_: object, lst: Operand = lst) -> None:
                    w = pack(builder, coerce(builder, value, vtype, item, expr), expr)
                    builder.add(Instr("list.append", args=[lst, w], line=expr.line))

                for_each(builder, i.expr, add, expr)
            else:
                w = pack(builder, value_as(builder, i, item), i)
                builder.add(Instr("list.append", args=[lst, w], line=expr.line))
        return lst
    values = [pack(builder, value_as(builder, i, item), i) for i in expr.items]
    lst = new_list(builder, kind, Const(len(values), INT), rtype, expr)
    for n, w in enumerate(values):
        builder.add(Instr("list.init", args=[lst, Const(n, INT), w]))
    return lst


@expression_handler(TupleExpr)
def lower_tuple_expr(builder: IRBuilder, expr: TupleExpr) -> Operand:
    t = builder.type_of(expr)
    p = proper(t)
    if any(isinstance(i, StarExpr) for i in expr.items):
        raise Unsupported(expr, "*x in tuple displays is not supported by pyuk yet")
    rtype = builder.rtype(t, expr)
    if isinstance(p, TupleType):
        item_types = [builder.rtype(i, expr) for i in p.items]
    else:
        item_types = [item_rtype(builder, t, expr)] * len(expr.items)
    words = [pack(builder, value_as(builder, i, it), i) for i, it in zip(expr.items, item_types,
                                                                         strict=True)]
    return new_tuple(builder, tuple_symbol_for(builder, t, expr), words, rtype, expr)


@expression_handler(DictExpr)
def lower_dict_expr(builder: IRBuilder, expr: DictExpr) -> Operand:
    t = builder.type_of(expr)
    rtype = builder.rtype(t, expr)
    key, value = item_rtype(builder, t, expr, 0), item_rtype(builder, t, expr, 1)
    d = rt(builder, "pyuk_dict_new_presized", [Const(kind_of(key), INT),
                                               Const(kind_of(value), INT),
                                               Const(len(expr.items), INT)], expr)
    result = builder.temp(rtype)
    builder.move(result, d)
    for k, v in expr.items:
        if k is None:
            other = builder.expr(v)
            rt(builder, "pyuk_dict_update", [result, other], v)
            continue
        kw = pack(builder, value_as(builder, k, key), k)
        vw = pack(builder, value_as(builder, v, value), v)
        rt(builder, "pyuk_dict_setitem", [result, kw, vw], k)
    return result


def _is_constant(expr: Expression) -> bool:
    if isinstance(expr, (IntExpr, FloatExpr, StrExpr)):
        return True
    if isinstance(expr, NameExpr) and expr.fullname in ("builtins.True", "builtins.False",
                                                         "builtins.None"):
        return True
    if isinstance(expr, UnaryExpr) and expr.op in ("-", "+", "~"):
        return _is_constant(expr.expr)
    if isinstance(expr, OpExpr) and expr.op in ("+", "-", "*", "**", "//", "%", "<<", ">>",
                                                 "&", "|", "^", "/"):
        # CPython's AST optimiser folds operators on constants
        return _is_constant(expr.left) and _is_constant(expr.right)
    if isinstance(expr, TupleExpr):
        return all(_is_constant(i) for i in expr.items)
    return False


@expression_handler(SetExpr)
def lower_set_expr(builder: IRBuilder, expr: SetExpr) -> Operand:
    t = builder.type_of(expr)
    rtype = builder.rtype(t, expr)
    item = item_rtype(builder, t, expr)
    kind = Const(kind_of(item), INT)
    values = [pack(builder, value_as(builder, i, item), i) for i in expr.items]
    s = builder.temp(rtype)
    builder.move(s, rt(builder, "pyuk_set_new", [kind], expr))
    if len(expr.items) > 2 and all(_is_constant(i) for i in expr.items):
        # CPython 3.11 compiles such a display to a frozenset constant
        # (built from the items, then rebuilt from that set's iteration
        # order when the compiler merges constants) merged into a new set
        first = builder.temp(rtype)
        builder.move(first, rt(builder, "pyuk_set_new", [kind], expr))
        for w in values:
            rt(builder, "pyuk_set_add", [first, w], expr)
        order = rt(builder, "pyuk_set_to_list", [first], expr)
        frozen = builder.temp(rtype)
        builder.move(frozen, rt(builder, "pyuk_set_from_list", [order, kind], expr))
        rt(builder, "pyuk_set_update", [s, frozen], expr)
        return s
    for w in values:
        rt(builder, "pyuk_set_add", [s, w], expr)
    return s


# ---- indexing and slicing ----

IndexHandler = Callable[[IRBuilder, IndexExpr], Operand]
# keyed by the receiver's class fullname (builtins.list...)
INDEX_HANDLERS: dict[str, IndexHandler] = {}


def slice_args(builder: IRBuilder, s: SliceExpr) -> list[Operand]:
    """start, stop, step, given (slice.h) of a slice expression."""
    given = 0
    values: list[Operand] = []
    for bound, bit, default in ((s.begin_index, SLICE_START, 0), (s.end_index, SLICE_STOP, 0),
                                (s.stride, 0, 1)):
        if bound is None or is_none_literal(bound):
            values.append(Const(default, INT))
            continue
        btype = builder.rtype_of(bound)
        if btype not in (INT, BOOL):
            raise Unsupported(bound, "slice bounds that may be None are not supported by pyuk yet")
        values.append(coerce(builder, builder.expr(bound), btype, INT, bound, binding=False))
        given |= bit
    return [*values, Const(given, INT)]


def int_index(builder: IRBuilder, index: Expression) -> Operand:
    return coerce(builder, builder.expr(index), builder.rtype_of(index), INT, index,
                  binding=False)


@expression_handler(IndexExpr)
def lower_index(builder: IRBuilder, expr: IndexExpr) -> Operand:
    base_type = builder.type_of(expr.base)
    cls = class_of(base_type)
    handler = INDEX_HANDLERS.get(cls or "")
    if handler is None:
        raise Unsupported(expr, f'indexing "{canonical_name(base_type)}" is not supported by'
                          ' pyuk yet')
    return handler(builder, expr)


def _index_list(builder: IRBuilder, expr: IndexExpr) -> Operand:
    t = builder.type_of(expr.base)
    base = builder.expr(expr.base)
    if isinstance(expr.index, SliceExpr):
        args = slice_args(builder, expr.index)
        result = builder.temp(builder.rtype(t, expr))
        builder.move(result, rt(builder, "pyuk_list_slice", [base, *args], expr))
        return result
    index = int_index(builder, expr.index)
    word = builder.emit("list.get", [base, index], expr)
    return unpack(builder, word, item_rtype(builder, t, expr), expr)


def _const_int(expr: Expression) -> int | None:
    if isinstance(expr, IntExpr):
        return expr.value
    if isinstance(expr, UnaryExpr) and expr.op == "-" and isinstance(expr.expr, IntExpr):
        return -expr.expr.value
    return None


def _index_tuple(builder: IRBuilder, expr: IndexExpr) -> Operand:
    t = builder.type_of(expr.base)
    p = proper(t)
    base = builder.expr(expr.base)
    result_type = builder.rtype_of(expr)
    if isinstance(expr.index, SliceExpr):
        if isinstance(p, TupleType):
            bounds = [_const_int(b) if b is not None else None for b in
                      (expr.index.begin_index, expr.index.end_index, expr.index.stride)]
            given = [b is None or _const_int(b) is not None for b in
                     (expr.index.begin_index, expr.index.end_index, expr.index.stride)]
            if not all(given):
                raise Unsupported(expr, "slicing a fixed-length tuple needs constant bounds"
                                  " in pyuk")
            picked = list(range(len(p.items)))[slice(*bounds)]
            words: list[Operand] = [
                builder.emit("tuple.item", [base, Const(i, INT)], expr) for i in picked
            ]
            rtypes = [builder.rtype(p.items[i], expr) for i in picked]
            return new_tuple(builder, tuple_symbol_of_rtypes(rtypes), words, result_type, expr)
        args = slice_args(builder, expr.index)
        result = builder.temp(result_type)
        builder.move(result, rt(builder, "pyuk_tuple_slice", [base, *args], expr))
        return result
    const = _const_int(expr.index)
    if isinstance(p, TupleType):
        if const is None:
            raise Unsupported(expr, "indexing a fixed-length tuple needs a constant index in pyuk")
        n = len(p.items)
        i = const + n if const < 0 else const
        item = builder.emit("tuple.item", [base, Const(i, INT)], expr)
        return unpack(builder, item, builder.rtype(p.items[i], expr), expr)
    word = rt(builder, "pyuk_tuple_getitem", [base, int_index(builder, expr.index)], expr)
    return unpack(builder, word, item_rtype(builder, t, expr), expr)


def _index_dict(builder: IRBuilder, expr: IndexExpr) -> Operand:
    t = builder.type_of(expr.base)
    base = builder.expr(expr.base)
    key = builder.expr(expr.index)
    kw, kk = word_of(builder, key, builder.rtype_of(expr.index), expr.index)
    word = rt(builder, "pyuk_dict_getitem", [base, kw, kk], expr)
    return unpack(builder, word, item_rtype(builder, t, expr, 1), expr)


def _index_str(builder: IRBuilder, expr: IndexExpr) -> Operand:
    base = builder.expr(expr.base)
    if isinstance(expr.index, SliceExpr):
        return rt(builder, "pyuk_str_slice", [base, *slice_args(builder, expr.index)], expr)
    return rt(builder, "pyuk_str_getitem", [base, int_index(builder, expr.index)], expr)


INDEX_HANDLERS.update({
    "builtins.list": _index_list,
    "builtins.tuple": _index_tuple,
    "builtins.dict": _index_dict,
})
INDEX_HANDLERS.setdefault("builtins.str", _index_str)


# ---- stores: x[i] = v, a, b = t ----


def store_index(builder: IRBuilder, target: IndexExpr, value: Operand, value_type: RType
                ) -> bool:
    t = builder.type_of(target.base)
    cls = class_of(t)
    if cls == "builtins.list":
        base = builder.expr(target.base)
        if isinstance(target.index, SliceExpr):
            args = slice_args(builder, target.index)
            rt(builder, "pyuk_list_set_slice", [base, *args, value], target)
            return True
        index = int_index(builder, target.index)
        item = item_rtype(builder, t, target)
        w = pack(builder, coerce(builder, value, value_type, item, target), target)
        builder.add(Instr("list.set", args=[base, index, w], line=target.line))
        return True
    if cls == "builtins.dict":
        base = builder.expr(target.base)
        key_type = item_rtype(builder, t, target, 0)
        kw = pack(builder, value_as(builder, target.index, key_type), target.index)
        vw = pack(builder, coerce(builder, value, value_type, item_rtype(builder, t, target, 1),
                                  target), target)
        rt(builder, "pyuk_dict_setitem", [base, kw, vw], target)
        return True
    return False


def unpack_into(builder: IRBuilder, targets: list[Expression], value: Operand,
                value_type: RType, node: Context) -> None:
    """a, b = value for a tuple or list value."""
    from pyuk.irbuild.statements import store

    if any(isinstance(t, StarExpr) for t in targets):
        raise Unsupported(node, "starred assignment targets are not supported by pyuk yet")
    family = family_of(value_type)
    n = len(targets)
    fixed = tuple_items_of(value_type) if family == "tuple" else None
    if fixed is not None:
        temps = []
        for i, it in enumerate(fixed):
            temp = builder.temp(it)
            w = builder.emit("tuple.item", [value, Const(i, INT)], node)
            builder.move(temp, unpack(builder, w, it, node))
            temps.append(temp)
        for target, temp in zip(targets, temps, strict=True):
            store(builder, target, temp, temp.type)
        return
    if family in ("list", "tuple"):
        item = rtype_from_name(split_type_args(value_type.name)[0])
        length = length_of(builder, value, family, node)
        bad, good = builder.new_block(), builder.new_block()
        builder.branch(builder.emit("int.ne", [length, Const(n, INT)]), bad, good)
        builder.activate(bad)
        rt(builder, "pyuk_raise_unpack_error", [length, Const(n, INT)], node)
        builder.add(Instr("unreachable"))
        builder.activate(good)
        temps = []
        for i in range(n):
            w = builder.emit("list.item" if family == "list" else "tuple.item",
                             [value, Const(i, INT)], node)
            temp = builder.temp(item)
            builder.move(temp, unpack(builder, w, item, node))
            temps.append(temp)
        for target, temp in zip(targets, temps, strict=True):
            store(builder, target, temp, item)
        return
    raise Unsupported(node, f'unpacking "{value_type}" is not supported by pyuk yet')


def split_type_args(name: str) -> list[str]:
    """The top-level arguments of a canonical type name: 'dict[str, list[int]]'
    gives ['str', 'list[int]']."""
    inner = name[name.index("[") + 1 : -1] if "[" in name else ""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(inner[start:i].strip())
            start = i + 1
    if inner.strip():
        parts.append(inner[start:].strip())
    return parts


def rtype_from_name(name: str) -> RType:
    from pyuk.ir.types import rtype_named

    return rtype_named(name)


def tuple_items_of(rtype: RType) -> list[RType] | None:
    """Item types of a fixed tuple type (None for tuple[T, ...])."""
    args = split_type_args(rtype.name)
    if args and args[-1] == "...":
        return None
    return [rtype_from_name(a) for a in args]


def store_hook(builder: IRBuilder, target: Expression, value: Operand, value_type: RType
               ) -> bool:
    if isinstance(target, IndexExpr):
        return store_index(builder, target, value, value_type)
    if isinstance(target, (TupleExpr, ListExpr)):
        unpack_into(builder, list(target.items), value, value_type, target)
        return True
    return False


# del x[i] on other types (instances with __delitem__, bytearray): True when handled
DEL_HOOKS: list[Callable[[IRBuilder, IndexExpr], bool]] = []


@statement_handler(DelStmt)
def lower_del(builder: IRBuilder, stmt: DelStmt) -> None:
    targets = stmt.expr.items if isinstance(stmt.expr, TupleExpr) else [stmt.expr]
    for target in targets:
        if not isinstance(target, IndexExpr):
            raise Unsupported(target, "this del target is not supported by pyuk yet")
        if any(hook(builder, target) for hook in DEL_HOOKS):
            continue
        t = builder.type_of(target.base)
        cls = class_of(t)
        base = builder.expr(target.base)
        if cls == "builtins.list":
            if isinstance(target.index, SliceExpr):
                rt(builder, "pyuk_list_del_slice",
                   [base, *slice_args(builder, target.index)], target)
            else:
                rt(builder, "pyuk_list_delitem", [base, int_index(builder, target.index)],
                   target)
        elif cls == "builtins.dict":
            key = builder.expr(target.index)
            kw, kk = word_of(builder, key, builder.rtype_of(target.index), target)
            rt(builder, "pyuk_dict_delitem", [base, kw, kk], target)
        else:
            raise Unsupported(target, f'del on "{canonical_name(t)}" is not supported by pyuk'
                              ' yet')


# ---- augmented assignment ----


_INPLACE = {
    ("list", "+"): "pyuk_list_iadd",
    ("list", "*"): "pyuk_list_imul",
    ("set", "|"): "pyuk_set_update",
    ("set", "&"): "pyuk_set_iand",
    ("set", "-"): "pyuk_set_isub",
    ("set", "^"): "pyuk_set_ixor",
    ("dict", "|"): "pyuk_dict_update",
}


def updates_in_place(rtype: RType, op: str) -> bool:
    """``x op= y`` mutates a container of this type (``list +=``, ``set |=``...)
    instead of binding a new value."""
    family = family_of(rtype)
    return family is not None and (family, op) in _INPLACE


def update_in_place(builder: IRBuilder, op: str, current: Operand, rtype: RType,
                    right: Operand, node: Context) -> None:
    """``current op= right`` on a container that ``updates_in_place``, with
    ``right`` of the same family."""
    if isinstance(node, OperatorAssignmentStmt):
        refuse_mixed_inplace(builder, builder.type_of(node.lvalue), op, node.rvalue, node)
    rt(builder, _INPLACE[(family_of(rtype) or "", op)], [current, right], node)


def refuse_mixed_inplace(builder: IRBuilder, target_type: Type, op: str, right: Expression,
                         node: Context) -> None:
    """xs += ys, d |= e, s |= t copy the right side's words into the target:
    their items must have the target's layout (a list[float] += list[int]
    stored raw int words as doubles; CPython keeps each item's type)."""
    right_type = builder.type_of(right)
    family = _UPDATED_FAMILIES.get(class_of(target_type) or "")
    if family is None or family != _UPDATED_FAMILIES.get(class_of(right_type) or ""):
        return
    if family == "set":
        if op in ("|", "&", "^"):
            from pyuk.irbuild.iteration import refuse_mixed_number_sets

            refuse_mixed_number_sets(builder, item_rtype(builder, target_type, node), right,
                                     node)
        return
    if _item_layouts_differ(builder, target_type, right_type,
                            (0,) if family == "list" else (0, 1), node, void_left_counts=True):
        raise Unsupported(node, f'updating a "{canonical_name(target_type)}" with a '
                                f'"{canonical_name(right_type)}" is not supported by pyuk '
                                "(CPython keeps each item's type): convert the items "
                                "first, e.g. [float(x) for x in xs]")


_UPDATED_FAMILIES = {"builtins.list": "list", "builtins.dict": "dict", "builtins.set": "set"}


def _item_layouts_differ(builder: IRBuilder, left_t: Type, right_t: Type,
                         positions: tuple[int, ...], node: Context,
                         void_left_counts: bool = False) -> bool:
    """Whether the items (keys, values) at these positions of two container
    types have different layouts.  An empty literal's (list[Never]) items
    have none: on the right it never counts, on the left only when asked."""
    for index in positions:
        a = item_rtype(builder, left_t, node, index)
        b = item_rtype(builder, right_t, node, index)
        if a != b and b != VOID and (void_left_counts or a != VOID):
            return True
    return False


def augassign_hook(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    from pyuk.irbuild.arithmetic import binary_numeric
    from pyuk.irbuild.statements import store

    lvalue = stmt.lvalue
    if isinstance(lvalue, (NameExpr, MemberExpr)):
        ltype = builder.rtype_of(lvalue)
        if not updates_in_place(ltype, stmt.op):
            return False
        family = family_of(ltype)
        current = builder.expr(lvalue)
        if family == "list" and stmt.op == "+" and family_of(
                builder.rtype_of(stmt.rvalue)) != "list":
            from pyuk.irbuild.iteration import for_each

            def add(value: Operand, vtype: RType, exit_: object) -> None:
                item = item_rtype(builder, builder.type_of(lvalue), stmt)
                w = pack(builder, coerce(builder, value, vtype, item, stmt), stmt)
                builder.add(Instr("list.append", args=[current, w], line=stmt.line))

            for_each(builder, stmt.rvalue, add, stmt)  # xs += range(3), xs += "abc"
        else:
            refuse_mixed_inplace(builder, builder.type_of(lvalue), stmt.op, stmt.rvalue, stmt)
            right = builder.expr(stmt.rvalue)
            if family == "list" and stmt.op == "*":
                right = coerce(builder, right, builder.rtype_of(stmt.rvalue), INT, stmt,
                               binding=False)
            rt(builder, _INPLACE[(family or "", stmt.op)], [current, right], stmt)
        if isinstance(lvalue, NameExpr):  # an attribute already holds the updated object
            store(builder, lvalue, current, ltype)
        return True
    if isinstance(lvalue, IndexExpr):
        t = builder.type_of(lvalue.base)
        cls = class_of(t)
        if cls not in ("builtins.list", "builtins.dict") or isinstance(lvalue.index, SliceExpr):
            return False
        base = builder.expr(lvalue.base)
        if cls == "builtins.list":
            index = builder.temp(INT)
            builder.move(index, int_index(builder, lvalue.index))
            item = item_rtype(builder, t, lvalue)
            current = unpack(builder, builder.emit("list.get", [base, index], lvalue), item)
        else:
            key_type = item_rtype(builder, t, lvalue, 0)
            item = item_rtype(builder, t, lvalue, 1)
            key = builder.temp(WORD)
            builder.move(key, pack(builder, value_as(builder, lvalue.index, key_type), lvalue))
            current = unpack(builder, rt(builder, "pyuk_dict_getitem",
                                         [base, key, Const(kind_of(key_type), INT)], lvalue),
                             item)
        right = builder.expr(stmt.rvalue)
        rtype = builder.rtype_of(stmt.rvalue)
        if family_of(item) is not None and (family_of(item), stmt.op) in _INPLACE:
            refuse_mixed_inplace(builder, builder.type_of(lvalue), stmt.op, stmt.rvalue, stmt)
            rt(builder, _INPLACE[(family_of(item) or "", stmt.op)], [current, right], stmt)
            result, result_type = current, item
        else:
            result, result_type = binary_numeric(builder, stmt.op, current, item, right, rtype,
                                                 None, stmt)
        w = pack(builder, coerce(builder, result, result_type, item, stmt), stmt)
        if cls == "builtins.list":
            builder.add(Instr("list.set", args=[base, index, w], line=stmt.line))
        else:
            rt(builder, "pyuk_dict_setitem", [base, key, w], stmt)
        return True
    return False


# ---- operators ----


def binary_hook(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                right_type: RType, result_type: RType | None, node: Context
                ) -> tuple[Operand, RType] | None:
    lf, rf = family_of(left_type), family_of(right_type)
    if lf == "list" and rf == "list" and op == "+":
        _refuse_mixed_layouts(builder, node, "concatenating lists", (0,))
        if _empty_literal_left(builder, node):  # [] + xs: a copy of xs, in xs's layout
            return rt(builder, "pyuk_list_concat", [right, left], node), right_type
        return rt(builder, "pyuk_list_concat", [left, right], node), left_type
    if (lf == "list" and op == "*" and right_type in (INT, BOOL)) or (
            rf == "list" and op == "*" and left_type in (INT, BOOL)):
        lst, n, n_type = (left, right, right_type) if lf == "list" else (right, left, left_type)
        count = coerce(builder, n, n_type, INT, node, binding=False)
        return rt(builder, "pyuk_list_repeat", [lst, count], node), (
            left_type if lf == "list" else right_type)
    if op == "*" and ((lf == "tuple" and right_type in (INT, BOOL))
                      or (rf == "tuple" and left_type in (INT, BOOL))):
        return _tuple_repeat(builder, left, left_type, right, right_type, node)
    if lf == "tuple" and rf == "tuple" and op == "+":
        rtype = builder.rtype_of(node) if isinstance(node, Expression) else left_type
        mypy_t = builder.type_of(node) if isinstance(node, Expression) else None
        if mypy_t is None:
            return None
        left_part, right_part = _concat_parts(rtype, left_type, right_type)
        left = coerce(builder, left, left_type, left_part, node)
        right = coerce(builder, right, right_type, right_part, node)
        tref = tuple_type_ref(builder, tuple_symbol_for(builder, mypy_t, node))
        result = builder.temp(rtype)
        builder.move(result, rt(builder, "pyuk_tuple_concat", [left, right, tref], node))
        return result, rtype
    if lf == "set" and rf == "set":
        name = {"|": "pyuk_set_or", "&": "pyuk_set_and", "-": "pyuk_set_sub",
                "^": "pyuk_set_xor"}.get(op)
        if name and op != "-" and isinstance(node, OpExpr):  # "-" keeps the left's items
            from pyuk.irbuild.iteration import refuse_mixed_number_sets

            left_item = item_rtype(builder, builder.type_of(node.left), node)
            refuse_mixed_number_sets(builder, left_item, node.right, node)
            if isinstance(node.left, SetExpr):  # {3} | f: the display is the left side
                refuse_mixed_number_sets(
                    builder, item_rtype(builder, builder.type_of(node.right), node), node.left,
                    node)
        if name:
            return rt(builder, name, [left, right], node), left_type
    if lf == "dict" and rf == "dict" and op == "|":
        _refuse_mixed_layouts(builder, node, "merging dicts", (0, 1))
        if _empty_literal_left(builder, node):  # {} | d: a copy of d, in d's layout
            return rt(builder, "pyuk_dict_or", [right, left], node), right_type
        return rt(builder, "pyuk_dict_or", [left, right], node), left_type
    return None


def _empty_literal_left(builder: IRBuilder, node: Context) -> bool:
    """[] or {} on the left (typed list[Never]): it has no layout of its own,
    and with one side empty the operands may swap."""
    return isinstance(node, OpExpr) and item_rtype(
        builder, builder.type_of(node.left), node) == VOID


def _refuse_mixed_layouts(builder: IRBuilder, node: Context, what: str,
                          positions: tuple[int, ...]) -> None:
    """list + list and dict | dict copy words: the operands' items (keys,
    values) must have one layout.  A list[float] + list[int] would read the
    ints' bits as doubles, and CPython keeps each item's type anyway."""
    if not isinstance(node, OpExpr):
        return
    left_t, right_t = builder.type_of(node.left), builder.type_of(node.right)
    if _item_layouts_differ(builder, left_t, right_t, positions, node):
        raise Unsupported(node, f'{what} of "{canonical_name(left_t)}" and '
                                f'"{canonical_name(right_t)}" is not supported by pyuk '
                                "(CPython keeps each item's type): convert one side "
                                "first, e.g. [float(x) for x in xs]")


def _tuple_repeat(builder: IRBuilder, left: Operand, left_type: RType, right: Operand,
                  right_type: RType, node: Context) -> tuple[Operand, RType] | None:
    """t * n and n * t: t takes the layout of the result (tuple[T, ...]),
    then its words are copied n times."""
    if not isinstance(node, Expression):
        return None
    tup, tup_type, n, n_type = (left, left_type, right, right_type) \
        if family_of(left_type) == "tuple" else (right, right_type, left, left_type)
    rtype = builder.rtype_of(node)
    tup = coerce(builder, tup, tup_type, rtype, node)
    count = coerce(builder, n, n_type, INT, node, binding=False)
    tref = tuple_type_ref(builder, tuple_symbol_for(builder, builder.type_of(node), node))
    result = builder.temp(rtype)
    builder.move(result, rt(builder, "pyuk_tuple_repeat", [tup, count, tref], node))
    return result, rtype


def _concat_parts(result: RType, left: RType, right: RType) -> tuple[RType, RType]:
    """The tuple types the operands of ``left + right`` take in the result
    (``tuple[float, ...] + tuple[str]`` is ``tuple[float | str, ...]``): the
    concatenation copies words, so both must already have its layout."""
    items = tuple_items_of(result)
    if items is None:
        return result, result
    n = len(tuple_items_of(left) or [])
    return _fixed_tuple_rtype(items[:n]), _fixed_tuple_rtype(items[n:])


def _fixed_tuple_rtype(items: list[RType]) -> RType:
    return rtype_from_name("tuple[" + ", ".join(i.name for i in items) + "]"
                           if items else "tuple[]")


def is_generic(rtype: RType) -> bool:
    """Types whose ==, ordering and truth go through the runtime's generic
    operations: containers and boxed optional numbers."""
    return family_of(rtype) is not None or is_optional_number(rtype)


def is_dynamic(rtype: RType) -> bool:
    """``object`` and unions (``int | str``): references whose class is only
    known at run time, compared by the runtime's generic operations (which
    reach user classes' ``__eq__``/``__lt__`` through their hooks)."""
    if not rtype.is_ref:
        return False
    depth = 0
    for i, ch in enumerate(rtype.name):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and rtype.name.startswith(" | ", i):
            return True
    return rtype == OBJECT


def compare_hook(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                 right_type: RType, node: Context) -> Operand | None:
    if op in ("in", "not in"):
        result = contains(builder, left, left_type, right, right_type, node)
        if result is None:
            return None
        return result if op == "in" else builder.emit("bool.not", [result], node)
    if op not in COMPARE_CODE:
        return None
    if left_type == STR and right_type == STR and op not in ("==", "!="):
        order = rt(builder, "pyuk_str_compare", [left, right], node)
        return builder.emit(_INT_COMPARE[op], [order, Const(0, INT)], node)
    if not (is_generic(left_type) or is_generic(right_type)
            or is_dynamic(left_type) or is_dynamic(right_type)):
        return None
    if (left_type == NONE or right_type == NONE) and op in ("==", "!="):
        return builder.emit("ref.is" if op == "==" else "ref.is_not", [left, right], node)
    if op in ("==", "!=") and (is_dynamic(left_type) or is_dynamic(right_type)):
        return instance_eq(builder, op, left, left_type, right, right_type, node)
    lw, lk = word_of(builder, left, left_type, node)
    rw, rk = word_of(builder, right, right_type, node)
    result = builder.call_runtime("pyuk_word_compare",
                                  [lw, lk, rw, rk, Const(COMPARE_CODE[op], INT)], node)
    assert result is not None
    return result


_INT_COMPARE = {"<": "int.lt", "<=": "int.le", ">": "int.gt", ">=": "int.ge"}


def instance_eq(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                right_type: RType, node: Context) -> Operand:
    """``==``/``!=`` as the operator does it on objects of any class: a user
    ``__eq__`` runs even on the same object and gets None or a boxed number
    (containers compare items with identity first; this does not)."""
    from pyuk.irbuild.exceptions import as_object

    equal = rt(builder, "pyuk_instance_eq", [as_object(builder, left, left_type, node),
                                             as_object(builder, right, right_type, node)], node)
    return equal if op == "==" else builder.emit("bool.not", [equal], node)


def contains(builder: IRBuilder, item: Operand, item_type: RType, container: Operand,
             container_type: RType, node: Context) -> Operand | None:
    family = family_of(container_type)
    if family is None:
        if container_type == STR and item_type == STR:
            return rt(builder, "pyuk_str_contains", [container, item], node)
        return None
    w, k = word_of(builder, item, item_type, node)
    if family == "view":
        dict_ref = builder.emit("load.ref", [container, Const(8, INT)], node, result=OBJECT)
        if container_type.name.startswith("_collections_abc.dict_keys"):
            return rt(builder, "pyuk_dict_contains", [dict_ref, w, k], node)
        return None
    name = {"list": "pyuk_list_contains", "tuple": "pyuk_tuple_contains",
            "dict": "pyuk_dict_contains", "set": "pyuk_set_contains"}[family]
    return rt(builder, name, [container, w, k], node)


def truth_hook(builder: IRBuilder, value: Operand, rtype: RType, node: Context
               ) -> Operand | None:
    family = family_of(rtype)
    if family is None and not rtype.is_ref:
        return None
    if family in LEN_OFFSET:
        # None is the null reference: test it first
        result = builder.temp(BOOL)
        present, done = builder.new_block(), builder.new_block()
        builder.move(result, Const(False, BOOL))
        builder.branch(builder.emit("ref.is_not", [value, Const(None, NONE)], node), present,
                       done)
        builder.activate(present)
        length = length_of(builder, value, family or "", node)
        builder.move(result, builder.emit("int.ne", [length, Const(0, INT)], node))
        builder.goto(done)
        builder.activate(done)
        return result
    w, k = word_of(builder, value, rtype, node)
    truth = builder.call_runtime("pyuk_word_truth", [w, k], node)
    assert truth is not None
    return truth


def may_be_none(builder: IRBuilder, expr: Context) -> bool:
    """Whether mypy says the expression may be None (Optional[str]...)."""
    from mypy.types import NoneType, UnionType

    if not isinstance(expr, Expression):
        return False
    t = builder.program.types.get(expr)
    p = proper(t) if t is not None else None
    return isinstance(p, UnionType) and any(isinstance(proper(i), NoneType) for i in p.items)


def print_value(builder: IRBuilder, stream: Operand, value: Operand, rtype: RType,
                node: Context) -> None:
    w, k = word_of(builder, value, rtype, node)
    builder.call_runtime("pyuk_out_word", [stream, w, k], node)


def coerce_reference(builder: IRBuilder, value: Operand, src: RType, dst: RType,
                     node: Context) -> Operand | None:
    """Boxing a number into an optional or union type, unboxing it back
    where mypy narrowed the type, and references between compatible
    reference types (mypy checked them)."""
    if not src.is_ref and dst.is_ref and src.repr is not Repr.VOID:
        parts = dst.name.split(" | ")
        if src == INT and "float" in parts and "int" not in parts:
            raise Unsupported(node, "an int value where a float is expected is not supported"
                              " by pyuk (CPython would keep it an int): write a float literal"
                              " such as 1.0, or float(...)")
        return builder.emit("box", [value], node, result=dst)
    if src.is_ref and not dst.is_ref and dst.repr is not Repr.VOID:
        if isinstance(value, Const) and value.value is None:
            return None
        return builder.emit("unbox", [value], node, result=dst)
    if src.is_ref and dst.is_ref:
        family = family_of(dst)
        if family == "tuple" and family_of(src) == "tuple":
            return convert_tuple(builder, value, src, dst, node)
        if "Never" in src.name and family in ("list", "dict", "set"):
            args = [rtype_from_name(a) for a in split_type_args(dst.name)]
            kinds = [kind_of(a) for a in args] + [KIND_OBJ]
            builder.call_runtime("pyuk_container_retype",
                                 [value, Const(kinds[0], INT), Const(kinds[1], INT)], node)
        return value
    return None


def _variadic_item(rtype: RType) -> RType:
    """T of tuple[T, ...]."""
    return rtype_from_name(split_type_args(rtype.name)[0])


def _tuple_layouts_differ(src: RType, dst: RType) -> bool:
    """Whether a tuple of type ``src`` read as ``dst`` would read an item
    with the wrong kind, here or in a nested tuple."""
    if src == dst:
        return False
    s_items, d_items = tuple_items_of(src), tuple_items_of(dst)
    if d_items is None:
        d_item = _variadic_item(dst)
        pairs = [(s, d_item) for s in (s_items if s_items is not None else [_variadic_item(src)])]
    elif s_items is None:
        return True  # mypy never lets tuple[T, ...] be a fixed tuple
    else:
        pairs = list(zip(s_items, d_items, strict=False))
    for s, d in pairs:
        if s == d:
            continue
        if kind_of(s) != kind_of(d):
            return True
        if family_of(s) == "tuple" and family_of(d) == "tuple" and _tuple_layouts_differ(s, d):
            return True
    return False


def convert_tuple(builder: IRBuilder, value: Operand, src: RType, dst: RType,
                  node: Context) -> Operand:
    """A tuple bound where a wider tuple type is expected (tuples are
    covariant: tuple[int, str] as tuple[int | str, ...]).  Items are words
    read by the static type's kinds, so a different layout needs a copy with
    the items boxed; otherwise the tuple is shared."""
    if not _tuple_layouts_differ(src, dst):
        return value
    s_items, d_items = tuple_items_of(src), tuple_items_of(dst)
    if s_items is not None:
        targets = d_items if d_items is not None else [_variadic_item(dst)] * len(s_items)
        words: list[Operand] = []
        for i, (s, d) in enumerate(zip(s_items, targets, strict=True)):
            word = builder.emit("tuple.item", [value, Const(i, INT)], node)
            item = coerce(builder, unpack(builder, word, s, node), s, d, node)
            words.append(pack(builder, item, node))
        symbol = (tuple_symbol_of_rtypes(targets) if d_items is not None
                  else "tuple_v_" + LETTERS[kind_of(targets[0])])
        return new_tuple(builder, symbol, words, dst, node)
    s_item, d_item = _variadic_item(src), _variadic_item(dst)
    parts = d_item.name.split(" | ")
    if not d_item.is_ref or (s_item == INT and "float" in parts and "int" not in parts):
        coerce(builder, Const(0, s_item), s_item, FLOAT if d_item.is_ref else d_item, node)
    if d_items is not None or s_item.is_ref or not d_item.is_ref:
        raise Unsupported(node, f'a value of type "{src}" where "{dst}" is expected is not'
                          " supported by pyuk yet")
    result = builder.temp(dst)
    type_ref = tuple_type_ref(builder, "tuple_v_" + LETTERS[kind_of(d_item)])
    builder.move(result, rt(builder, "pyuk_tuple_retype", [value, type_ref], node))
    return result


def narrow(builder: IRBuilder, value: Operand, declared: RType, actual: RType,
           node: Context) -> Operand:
    """A variable of type ``declared`` read where mypy narrowed it to
    ``actual`` (``x: int | None`` after ``if x is not None``)."""
    if declared == actual or actual.repr is Repr.VOID:
        return value
    if actual == NONE:
        return Const(None, NONE)
    if declared.is_ref and not actual.is_ref:
        return builder.emit("unbox", [value], node, result=actual)
    return value


# ---- wiring into the shared modules ----


_CONTAINER_CLASSES = ("builtins.list", "builtins.dict", "builtins.set", "builtins.tuple")


def method_call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """Methods of list, dict, set and tuple, before hooks that would take
    ``x.method`` for a bound-method value."""
    from pyuk.irbuild.calls import METHOD_CALLS

    callee = call.callee
    if not isinstance(callee, MemberExpr):
        return None
    if callee.expr not in builder.program.types:
        return None  # a module (mod.function()): no type, not a method
    cls = class_of(builder.type_of(callee.expr))
    if cls not in _CONTAINER_CLASSES:
        return None
    handler = METHOD_CALLS.get(f"{cls}.{callee.name}")
    if handler is None:
        raise Unsupported(call, f'the method "{cls.split(".")[1]}.{callee.name}" is not'
                          ' supported by pyuk yet')
    return handler(builder, call, callee.expr)


def _install() -> None:
    from pyuk.irbuild import arithmetic, calls, logic, statements
    from pyuk.irbuild import coerce as coerce_module

    calls.CALL_HOOKS.insert(0, method_call_hook)
    statements.STORE_HOOKS.append(store_hook)
    statements.AUGASSIGN_HOOKS.append(augassign_hook)
    arithmetic.BINARY_HOOKS.append(binary_hook)
    logic.COMPARE_HOOKS.append(compare_hook)
    coerce_module.TRUTH_HOOKS.append(truth_hook)
    coerce_module.REFERENCE_COERCIONS.append(coerce_reference)


_install()

__all__ = ["FLOAT", "CallExpr", "MemberExpr", "ProperType"]
