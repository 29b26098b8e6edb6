"""The ``random`` module: ``seed`` (an int, or nothing), ``random``,
``uniform``, ``randint``, ``randrange``, ``getrandbits``, ``choice`` and
``shuffle``, on the runtime's copy of CPython's generator
(runtime-c/core/random_mt.c), so a seeded program draws what CPython
draws.  Seeding with a str or bytes and the distributions (``gauss``...)
are not provided.
"""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression

from pyuk.ir.nodes import Const, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, VOID
from pyuk.irbuild import calls
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import class_of, item_rtype, length_of, rt, unpack, value_as
from pyuk.irbuild.expressions import is_none_literal


def _positional(call: CallExpr, low: int, high: int, name: str) -> list[Expression]:
    if not low <= len(call.args) <= high or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, f"random.{name}() with these arguments is not supported by pyuk")
    return list(call.args)


def _int(builder: IRBuilder, expr: Expression) -> Operand:
    rtype = builder.rtype_of(expr)
    if rtype not in (INT, BOOL):
        raise Unsupported(expr, f'an argument of type "{rtype}" is not supported here by pyuk:'
                                ' pass an int')
    return coerce(builder, builder.expr(expr), rtype, INT, expr, binding=False)


def _float(builder: IRBuilder, expr: Expression) -> Operand:
    return value_as(builder, expr, FLOAT) if builder.rtype_of(expr) == FLOAT else \
        builder.emit("int.to_float", [_int(builder, expr)], expr)



def _seed(builder: IRBuilder, call: CallExpr) -> Operand:
    args = _positional(call, 0, 1, "seed")
    if not args or is_none_literal(args[0]):
        builder.call_runtime("pyuk_random_seed", [Const(0, INT), Const(False, BOOL)], call)
    else:
        builder.call_runtime("pyuk_random_seed", [_int(builder, args[0]), Const(True, BOOL)],
                             call)
    return Const(None, NONE)


def _random(builder: IRBuilder, call: CallExpr) -> Operand:
    _positional(call, 0, 0, "random")
    return rt(builder, "pyuk_random_random", [], call)


def _uniform(builder: IRBuilder, call: CallExpr) -> Operand:
    a, b = _positional(call, 2, 2, "uniform")
    low, high = _float(builder, a), _float(builder, b)
    span = builder.emit("float.sub", [high, low], call)
    draw = rt(builder, "pyuk_random_random", [], call)
    return builder.emit("float.add", [low, builder.emit("float.mul", [span, draw], call)], call)


def _randint(builder: IRBuilder, call: CallExpr) -> Operand:
    a, b = _positional(call, 2, 2, "randint")
    return rt(builder, "pyuk_random_randint", [_int(builder, a), _int(builder, b)], call)


def _randrange(builder: IRBuilder, call: CallExpr) -> Operand:
    args = [_int(builder, a) for a in _positional(call, 1, 3, "randrange")]
    if len(args) == 1:
        args += [Const(0, INT), Const(1, INT), Const(False, BOOL)]
    else:
        args += [Const(1, INT)] if len(args) == 2 else []
        args.append(Const(True, BOOL))
    return rt(builder, "pyuk_random_randrange", args, call)


def _getrandbits(builder: IRBuilder, call: CallExpr) -> Operand:
    [k] = _positional(call, 1, 1, "getrandbits")
    return rt(builder, "pyuk_random_getrandbits", [_int(builder, k)], call)


def _choice(builder: IRBuilder, call: CallExpr) -> Operand:
    [seq_expr] = _positional(call, 1, 1, "choice")
    t = builder.type_of(seq_expr)
    family = {"builtins.list": "list", "builtins.tuple": "tuple",
              "builtins.str": "str"}.get(class_of(t) or "")
    if family is None:
        raise Unsupported(seq_expr, "random.choice() of this type is not supported by pyuk:"
                                    " pass a list, a tuple or a str")
    seq = builder.expr(seq_expr)
    index = rt(builder, "pyuk_random_choice_index", [length_of(builder, seq, family, call)],
               call)
    if family == "str":
        return rt(builder, "pyuk_str_char_at", [seq, index], call)
    item = item_rtype(builder, t, call)
    if item == VOID:  # choice([]): the index raises IndexError
        return Const(None, NONE)
    op = "list.item" if family == "list" else "tuple.item"
    return unpack(builder, builder.emit(op, [seq, index], call), item, call)


def _shuffle(builder: IRBuilder, call: CallExpr) -> Operand:
    [lst] = _positional(call, 1, 1, "shuffle")
    if class_of(builder.type_of(lst)) != "builtins.list":
        raise Unsupported(lst, "random.shuffle() takes a list in pyuk")
    builder.call_runtime("pyuk_random_shuffle", [builder.expr(lst)], call)
    return Const(None, NONE)


HANDLERS = {"seed": _seed, "random": _random, "uniform": _uniform, "randint": _randint,
            "randrange": _randrange, "getrandbits": _getrandbits, "choice": _choice,
            "shuffle": _shuffle}

for _name, _handler in HANDLERS.items():
    calls.BUILTIN_CALLS[f"random.{_name}"] = _handler
