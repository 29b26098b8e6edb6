"""Calls: compiled functions, and the builtins pyuk implements natively."""

from __future__ import annotations

from collections.abc import Callable

from mypy.argmap import map_actuals_to_formals
from mypy.nodes import (
    ARG_POS,
    ARG_STAR,
    ARG_STAR2,
    CallExpr,
    Context,
    Expression,
    FloatExpr,
    FuncDef,
    IntExpr,
    MemberExpr,
    NameExpr,
    RefExpr,
    StrExpr,
    TupleExpr,
    TypeInfo,
    UnaryExpr,
)
from mypy.types import CallableType, TupleType, UninhabitedType

from pyuk.ir.nodes import BasicBlock, Const, Instr, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, STR, VOID, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported, expression_handler
from pyuk.irbuild.coerce import coerce, is_number_union, truth_value
from pyuk.irbuild.types import fullname_of, proper

BuiltinHandler = Callable[[IRBuilder, CallExpr], Operand]
BUILTIN_CALLS: dict[str, BuiltinHandler] = {}

# Methods of builtin types, keyed "builtins.list.append": the handler gets
# the call and the receiver expression (call.callee.expr).
MethodHandler = Callable[[IRBuilder, CallExpr, Expression], Operand]
METHOD_CALLS: dict[str, MethodHandler] = {}


def builtin(*fullnames: str) -> Callable[[BuiltinHandler], BuiltinHandler]:
    """Registers the native lowering of builtin functions."""

    def register(fn: BuiltinHandler) -> BuiltinHandler:
        for name in fullnames:
            BUILTIN_CALLS[name] = fn
        return fn

    return register


def method(*fullnames: str) -> Callable[[MethodHandler], MethodHandler]:
    """Registers the native lowering of methods of builtin types."""

    def register(fn: MethodHandler) -> MethodHandler:
        for name in fullnames:
            METHOD_CALLS[name] = fn
        return fn

    return register


def function_symbol(defn: FuncDef) -> str:
    """The link name of a compiled function: its mypy full name."""
    return defn.fullname


# Calls that other lowering modules take first (constructors and methods of
# compiled classes, builtins applied to their instances): a hook returns the
# call's value, or None when the call is not its business.
CALL_HOOKS: list[Callable[[IRBuilder, CallExpr], Operand | None]] = []


@expression_handler(CallExpr)
def lower_call(builder: IRBuilder, call: CallExpr) -> Operand:
    callee = call.callee
    for hook in CALL_HOOKS:
        handled = hook(builder, call)
        if handled is not None:
            return handled
    if isinstance(callee, RefExpr) and callee.fullname in BUILTIN_CALLS:
        return BUILTIN_CALLS[callee.fullname](builder, call)
    if isinstance(callee, MemberExpr) and callee.expr in builder.program.types:
        receiver_class = fullname_of(builder.type_of(callee.expr))
        key = f"{receiver_class}.{callee.name}"
        if key in METHOD_CALLS:
            return METHOD_CALLS[key](builder, call, callee.expr)
    if (
        isinstance(callee, (NameExpr, MemberExpr))
        and isinstance(callee.node, FuncDef)
        and callee.node.fullname.rsplit(".", 1)[0] in builder.program.modules
    ):
        return call_compiled(builder, call, callee.node)
    raise Unsupported(call, f'calling "{_callee_name(builder, callee)}" is not supported by '
                            'pyuk yet')


def _callee_name(builder: IRBuilder, callee: Expression) -> str:
    """What an error message calls the callee: mypy leaves the full name of
    ``dict.fromkeys`` or ``obj.method`` empty."""
    if isinstance(callee, RefExpr) and callee.fullname:
        return callee.fullname
    if isinstance(callee, MemberExpr):
        if isinstance(callee.expr, RefExpr) and isinstance(callee.expr.node, TypeInfo):
            return f"{callee.expr.node.fullname}.{callee.name}"
        if callee.expr in builder.program.types:
            return f"{builder.type_of(callee.expr)}.{callee.name}"
        return callee.name
    return "this callee"


def _literal_default(builder: IRBuilder, expr: Expression) -> Operand:
    if isinstance(expr, (IntExpr, FloatExpr, StrExpr, NameExpr)):
        return builder.expr(expr)
    if isinstance(expr, UnaryExpr) and isinstance(expr.expr, (IntExpr, FloatExpr)):
        return builder.expr(expr)
    raise Unsupported(expr, "only literal default values are supported by pyuk yet")


def call_compiled(builder: IRBuilder, call: CallExpr, defn: FuncDef) -> Operand:
    """Calls a compiled function, binding positional and keyword arguments
    and filling in defaults."""
    signature = proper(defn.type) if defn.type is not None else None
    if not isinstance(signature, CallableType):
        raise Unsupported(call, f'"{defn.name}" has no type annotations')
    if any(kind in (ARG_STAR, ARG_STAR2) for kind in call.arg_kinds):
        raise Unsupported(call, "*args and **kwargs in calls are not supported by pyuk")
    from pyuk.irbuild.closures import note_expected_types

    note_expected_types(builder, call, signature)  # builtins passed as values
    # evaluate the arguments in source order, as CPython does
    actual_values = [builder.expr(arg) for arg in call.args]
    actual_types = [builder.rtype_of(arg) for arg in call.args]
    formal_to_actual = map_actuals_to_formals(
        call.arg_kinds,
        call.arg_names,
        signature.arg_kinds,
        signature.arg_names,
        lambda i: builder.type_of(call.args[i]),
    )
    args: list[Operand] = []
    for formal, actuals in enumerate(formal_to_actual):
        param_type = builder.rtype(signature.arg_types[formal], call)
        if actuals:
            i = actuals[0]
            args.append(
                coerce(builder, actual_values[i], actual_types[i], param_type, call.args[i])
            )
        else:
            default = defn.arguments[formal].initializer
            assert default is not None, "mypy accepted a call with a missing argument"
            from pyuk.irbuild.closures import default_argument

            # literals inline; other defaults were evaluated once, by the def
            value = default_argument(builder, defn, formal, call)
            args.append(coerce(builder, value, value.type, param_type, default))
    ret = proper(signature.ret_type)
    ret_type = VOID if builder.rtype(ret, call) == NONE else builder.rtype(ret, call)
    dest = builder.temp(ret_type) if ret_type != VOID else None
    builder.add(Instr("call", dest, args, symbol=function_symbol(defn), line=call.line))
    if isinstance(ret, UninhabitedType):
        builder.add(Instr("unreachable"))  # NoReturn: it always raises
    return dest if dest is not None else Const(None, NONE)


# ---- print ----

_STDERR_NAMES = {"sys.stderr": 2, "sys.stdout": 1}
_OUT_FUNCTIONS = {INT: "pyuk_out_int", FLOAT: "pyuk_out_float", BOOL: "pyuk_out_bool",
                  STR: "pyuk_out_str"}


def _print_value(builder: IRBuilder, stream: Operand, value: Operand, rtype: RType,
                 node: Expression) -> None:
    if rtype == NONE:
        builder.call_runtime("pyuk_out_str", [stream, Const("None", STR)], node)
        return
    function = _OUT_FUNCTIONS.get(rtype)
    from pyuk.irbuild.containers import may_be_none, print_value

    if function is None or (rtype.is_ref and may_be_none(builder, node)):
        print_value(builder, stream, value, rtype, node)  # str() of others, optionals
        return
    builder.call_runtime(function, [stream, value], node)


def _separator(builder: IRBuilder, expr: Expression | None, default: str) -> tuple[Operand, bool]:
    """The value of sep= or end=, and whether it may be None at run time."""
    if expr is None:
        return Const(default, STR), False
    value = builder.expr(expr)
    rtype = builder.rtype_of(expr)
    if rtype == NONE:
        return Const(default, STR), False
    if rtype != STR:
        raise Unsupported(expr, f'print() separator of type "{rtype}" is not supported')
    return value, False


@builtin("builtins.print")
def lower_print(builder: IRBuilder, call: CallExpr) -> Operand:
    positional: list[Expression] = []
    keywords: dict[str, Expression] = {}
    for arg, kind, name in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if kind not in (ARG_POS, ARG_STAR) and name is None:
            raise Unsupported(arg, "print(**kwargs) is not supported by pyuk")
        if name is None:
            positional.append(arg)
        else:
            keywords[name] = arg
    if ARG_STAR in call.arg_kinds:
        return _print_unpacked(builder, call, keywords)
    values = [(builder.expr(arg), builder.rtype_of(arg), arg) for arg in positional]
    sep, _ = _separator(builder, keywords.get("sep"), " ")
    end, _ = _separator(builder, keywords.get("end"), "\n")
    stream = _stream(keywords.get("file"))
    for i, (value, rtype, node) in enumerate(values):
        if i:
            builder.call_runtime("pyuk_out_str", [stream, sep], call)
        _print_value(builder, stream, value, rtype, node)
    builder.call_runtime("pyuk_out_str", [stream, end], call)
    _flush(builder, call, stream, keywords.get("flush"))
    return Const(None, NONE)


def _add_tuple_items(builder: IRBuilder, arg: Expression,
                     add: Callable[[Operand, RType, Context], None]) -> None:
    """Each item of a fixed tuple, read by its own type."""
    from pyuk.irbuild.containers import unpack

    t = proper(builder.type_of(arg))
    assert isinstance(t, TupleType)
    tup = builder.temp(builder.rtype_of(arg))
    builder.move(tup, builder.expr(arg))
    for i, item_type in enumerate(t.items):
        rtype = builder.rtype(item_type, arg)
        word = builder.emit("tuple.item", [tup, Const(i, INT)], arg)
        add(unpack(builder, word, rtype, arg), rtype, arg)


def _stream(file_expr: Expression | None) -> Operand:
    """print(file=...): 1 for stdout, 2 for stderr."""
    if file_expr is None:
        return Const(1, INT)
    if not (isinstance(file_expr, RefExpr) and file_expr.fullname in _STDERR_NAMES):
        raise Unsupported(file_expr, "print(file=...) supports only sys.stdout and sys.stderr")
    return Const(_STDERR_NAMES[file_expr.fullname], INT)


def _flush(builder: IRBuilder, call: CallExpr, stream: Operand, flush: Expression | None
           ) -> None:
    if flush is None:
        return
    flag = truth_value(builder, builder.expr(flush), builder.rtype_of(flush), flush)
    do_flush, done = builder.new_block(), builder.new_block()
    builder.branch(flag, do_flush, done)
    builder.activate(do_flush)
    builder.call_runtime("pyuk_out_flush", [stream], call)
    builder.goto(done)
    builder.activate(done)


def _print_unpacked(builder: IRBuilder, call: CallExpr, keywords: dict[str, Expression]
                    ) -> Operand:
    """print(a, *xs, b, sep=...): as CPython, every argument is evaluated and
    every iterable unpacked first (into str() of each item), then the texts
    are written with sep between them."""
    from pyuk.irbuild.containers import KIND_OBJ, new_list
    from pyuk.irbuild.iteration import for_each
    from pyuk.irbuild.strings import to_str

    texts = new_list(builder, KIND_OBJ, Const(0, INT), RType("list[str]", OBJECT.repr), call)

    def add(value: Operand, rtype: RType, node: Context) -> None:
        text = to_str(builder, value, rtype, node)
        builder.add(Instr("list.append", args=[texts, builder.emit("word.pack", [text], node)],
                          line=call.line))

    def add_item(node: Context) -> Callable[[Operand, RType, BasicBlock], None]:
        return lambda value, rtype, _exit: add(value, rtype, node)

    for arg, kind in zip(call.args, call.arg_kinds, strict=True):
        if kind == ARG_STAR and isinstance(arg, TupleExpr):  # print(*(a, b)): its items
            for item in arg.items:
                add(builder.expr(item), builder.rtype_of(item), item)
        elif kind == ARG_STAR and isinstance(proper(builder.type_of(arg)), TupleType):
            _add_tuple_items(builder, arg, add)  # a fixed tuple of mixed item types
        elif kind == ARG_STAR:
            for_each(builder, arg, add_item(arg), arg)
        elif kind == ARG_POS:
            add(builder.expr(arg), builder.rtype_of(arg), arg)
    sep, _ = _separator(builder, keywords.get("sep"), " ")
    end, _ = _separator(builder, keywords.get("end"), "\n")
    stream = _stream(keywords.get("file"))
    joined = builder.call_runtime("pyuk_str_join", [sep, texts], call)
    assert joined is not None
    builder.call_runtime("pyuk_out_str", [stream, joined], call)
    builder.call_runtime("pyuk_out_str", [stream, end], call)
    _flush(builder, call, stream, keywords.get("flush"))
    return Const(None, NONE)


# ---- numeric builtins ----


def _single_arg(call: CallExpr, name: str) -> Expression:
    if len(call.args) != 1 or call.arg_kinds[0] != ARG_POS:
        raise Unsupported(call, f"{name}() with these arguments is not supported by pyuk yet")
    return call.args[0]


@builtin("builtins.abs")
def lower_abs(builder: IRBuilder, call: CallExpr) -> Operand:
    arg = _single_arg(call, "abs")
    value, rtype = builder.expr(arg), builder.rtype_of(arg)
    if rtype == BOOL:
        value, rtype = coerce(builder, value, BOOL, INT, arg, binding=False), INT
    if rtype == INT:
        return builder.emit("int.abs", [value], call)
    if rtype == FLOAT:
        return builder.emit("float.abs", [value], call)
    raise Unsupported(call, f'abs() of "{rtype}" is not supported by pyuk yet')


@builtin("builtins.int")
def lower_int_call(builder: IRBuilder, call: CallExpr) -> Operand:
    if not call.args:
        return Const(0, INT)
    arg = _single_arg(call, "int")
    value, rtype = builder.expr(arg), builder.rtype_of(arg)
    if rtype in (INT, BOOL):
        return coerce(builder, value, rtype, INT, arg, binding=False)
    if rtype == FLOAT:
        return builder.emit("float.to_int", [value], call)
    raise Unsupported(call, f'int() of "{rtype}" is not supported by pyuk yet')


@builtin("builtins.float")
def lower_float_call(builder: IRBuilder, call: CallExpr) -> Operand:
    if not call.args:
        return Const(0.0, FLOAT)
    arg = _single_arg(call, "float")
    value, rtype = builder.expr(arg), builder.rtype_of(arg)
    if rtype in (INT, BOOL, FLOAT) or (is_number_union(rtype) and "None" not in rtype.name):
        return coerce(builder, value, rtype, FLOAT, arg, binding=False)
    raise Unsupported(call, f'float() of "{rtype}" is not supported by pyuk yet')


@builtin("builtins.bool")
def lower_bool_call(builder: IRBuilder, call: CallExpr) -> Operand:
    if not call.args:
        return Const(False, BOOL)
    arg = _single_arg(call, "bool")
    return truth_value(builder, builder.expr(arg), builder.rtype_of(arg), arg)


@builtin("builtins.min", "builtins.max")
def lower_min_max(builder: IRBuilder, call: CallExpr) -> Operand:
    """min/max of two or more numbers: the first of equal values wins, as in
    CPython; mypy's result type says whether ints meet floats."""
    assert isinstance(call.callee, RefExpr)
    is_max = call.callee.fullname == "builtins.max"
    if len(call.args) < 2 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "min()/max() of an iterable or with key= is not supported yet")
    result_type = builder.rtype_of(call)
    if result_type not in (INT, FLOAT):
        raise Unsupported(call, f'min()/max() of "{result_type}" is not supported by pyuk yet')
    from pyuk.irbuild.logic import compare

    result = builder.temp(result_type)
    first = call.args[0]
    builder.move(result, coerce(builder, builder.expr(first), builder.rtype_of(first),
                                result_type, first))
    for arg in call.args[1:]:
        value = coerce(builder, builder.expr(arg), builder.rtype_of(arg), result_type, arg)
        better = compare(builder, ">" if is_max else "<", value, result_type, result,
                         result_type, call)
        take, keep = builder.new_block(), builder.new_block()
        builder.branch(better, take, keep)
        builder.activate(take)
        builder.move(result, value)
        builder.goto(keep)
        builder.activate(keep)
    return result

