"""Expressions on classes and their instances: construction, attribute
reads and writes, method calls (direct, virtual, through protocols),
super(), isinstance, and the operators and builtins that call special
methods.  The class analysis is in ``pyuk.irbuild.classes``; see
docs/classes.md.

Each ``try_*`` function returns None when the expression is not about a
compiled class, so the shared handlers can consult it first and carry on
with their own cases otherwise.
"""

from __future__ import annotations

from mypy.argmap import map_actuals_to_formals
from mypy.nodes import (
    ARG_POS,
    ARG_STAR,
    ARG_STAR2,
    ArgKind,
    CallExpr,
    Context,
    Expression,
    FuncDef,
    IndexExpr,
    MemberExpr,
    NameExpr,
    OperatorAssignmentStmt,
    RefExpr,
    SuperExpr,
    TupleExpr,
    TypeApplication,
    TypeInfo,
)
from mypy.types import AnyType, CallableType, Type, TypeOfAny

from pyuk.ir.classes import KIND_ENUM, KIND_EXCEPTION, KIND_NAMEDTUPLE, KIND_PROTOCOL
from pyuk.ir.nodes import Const, Instr, Operand, Register
from pyuk.ir.types import BOOL, INT, NONE, OBJECT, STR, VOID, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported
from pyuk.irbuild.classes import (
    ClassInfo,
    class_of_type,
    class_of_type_object,
    convert,
    method_symbol,
    registry,
    signature_of,
)
from pyuk.irbuild.types import proper

# ---- arguments ----


class Formal:
    """A parameter to bind a call's arguments to."""

    def __init__(self, name: str, kind: ArgKind, rtype: RType, default: Expression | None,
                 factory: Expression | None = None, mypy_type: Type | None = None,
                 defn: FuncDef | None = None, index: int = 0) -> None:
        self.defn = defn  # a method's parameter: its default comes from the def
        self.index = index
        self.name = name
        self.kind = kind
        self.rtype = rtype
        self.default = default
        self.factory = factory
        self.mypy_type = mypy_type


def formals_of(builder: IRBuilder, defn: FuncDef, skip: int) -> list[Formal]:
    sig = proper(defn.type) if defn.type is not None else None
    if not isinstance(sig, CallableType):
        raise Unsupported(defn, f'"{defn.name}" has no type annotations')
    out = []
    for i in range(skip, len(sig.arg_types)):
        default = defn.arguments[i].initializer if i < len(defn.arguments) else None
        name = sig.arg_names[i] or f"arg{i}"
        out.append(Formal(name, sig.arg_kinds[i], builder.rtype(sig.arg_types[i], defn), default,
                          defn=defn, index=i))
    return out


def evaluate_args(builder: IRBuilder, call: CallExpr) -> list[tuple[Operand, RType]]:
    """The call's arguments, evaluated in source order into temporaries."""
    if any(k in (ARG_STAR, ARG_STAR2) for k in call.arg_kinds):
        raise Unsupported(call, "*args and **kwargs in calls are not supported by pyuk")
    out: list[tuple[Operand, RType]] = []
    for a in call.args:
        value, rtype = builder.expr(a), builder.rtype_of(a)
        if isinstance(value, Register):
            temp = builder.temp(rtype)
            builder.move(temp, value)
            value = temp
        out.append((value, rtype))
    return out


def bind(builder: IRBuilder, call: CallExpr, formals: list[Formal],
         first_actual: int = 0,
         evaluated: list[tuple[Operand, RType]] | None = None) -> list[Operand]:
    """Evaluates the call's arguments (from ``first_actual``) in source
    order (or takes them ``evaluated``) and returns one operand per formal,
    defaults filled in."""
    from pyuk.irbuild.closures import default_argument
    from pyuk.irbuild.coerce import coerce

    args = call.args[first_actual:]
    kinds = call.arg_kinds[first_actual:]
    names = call.arg_names[first_actual:]
    if any(k in (ARG_STAR, ARG_STAR2) for k in kinds):
        raise Unsupported(call, "*args and **kwargs in calls are not supported by pyuk")
    if evaluated is None:
        values = [builder.expr(a) for a in args]
        types = [builder.rtype_of(a) for a in args]
    else:
        values = [v for v, _ in evaluated]
        types = [t for _, t in evaluated]
    mapping = map_actuals_to_formals(
        kinds, names, [f.kind for f in formals], [f.name for f in formals],
        lambda i: builder.type_of(args[i]),
    )
    out: list[Operand] = []
    for formal, actuals in zip(formals, mapping, strict=True):
        if actuals:
            i = actuals[0]
            out.append(coerce(builder, values[i], types[i], formal.rtype, args[i]))
        elif formal.factory is not None:
            out.append(_call_factory(builder, formal, call))
        else:
            if formal.default is None:
                raise Unsupported(call, f'missing argument "{formal.name}"')
            if formal.defn is not None:
                out.append(default_argument(builder, formal.defn, formal.index, call))
                continue
            value = builder.expr(formal.default)
            out.append(coerce(builder, value, builder.rtype_of(formal.default), formal.rtype,
                              formal.default))
    return out


def _call_factory(builder: IRBuilder, formal: Formal, call: CallExpr) -> Operand:
    """field(default_factory=f): f() for each instance."""
    from pyuk.irbuild.coerce import coerce

    factory = formal.factory
    assert factory is not None
    if isinstance(factory, RefExpr) and isinstance(factory.node, TypeInfo):
        c = registry(builder).get(factory.node)
        if c is not None:
            value: Operand = construct(builder, c, None, call)
            return coerce(builder, value, c.rtype, formal.rtype, call)
    if formal.mypy_type is None:
        raise Unsupported(factory, "this default_factory is not supported by pyuk")
    synthetic = CallExpr(factory, [], [], [])
    synthetic.set_line(factory)
    builder.program.types[synthetic] = formal.mypy_type
    value = builder.expr(synthetic)
    return coerce(builder, value, builder.rtype_of(synthetic), formal.rtype, call)


# ---- helpers ----


def _rtype_of(builder: IRBuilder, expr: Expression) -> RType:
    return builder.rtype_of(expr)


def _call(builder: IRBuilder, symbol: str, args: list[Operand], result: RType,
          node: Context, op: str = "call") -> Operand:
    dest = builder.temp(result) if result != VOID else None
    builder.add(Instr(op, dest, args, symbol=symbol, line=node.line))
    return dest if dest is not None else Const(None, NONE)


def _wanted(builder: IRBuilder, value: Operand, have: RType, node: Expression) -> Operand:
    """``value`` (of IR type ``have``) as the type mypy gives ``node``."""
    want = builder.rtype_of(node)
    if want == VOID or have == VOID:
        return value
    return convert(builder, value, have, want, node)


def _field_symbol(c: ClassInfo, name: str) -> str:
    return f"{c.fullname}.{name}"


def class_symbol(c: ClassInfo) -> str:
    """The link name of a class's type descriptor (codegen.classes)."""
    return f"type.{c.fullname}"


def _self_operand(builder: IRBuilder, node: Context) -> Register:
    params = builder.fn.params
    if not params:
        raise Unsupported(node, "super() outside a method is not supported by pyuk")
    return params[0]


# ---- construction ----


def construct(builder: IRBuilder, c: ClassInfo, call: CallExpr | None, node: Context) -> Operand:
    """``C(args)``: a new instance, its fields defaulted, ``__init__`` run."""
    if c.kind == KIND_PROTOCOL:
        raise Unsupported(node, "protocols cannot be instantiated")
    if c.kind == KIND_ENUM:
        return _enum_call(builder, c, call, node)
    if c.kind == KIND_NAMEDTUPLE:
        return _namedtuple_new(builder, c, call, node)
    init = c.find_method("__init__")
    args: list[Operand] = []
    formals: list[Formal] = []
    if call is None:
        # C() without a call in the source (raise C, default_factory=C)
        call = CallExpr(NameExpr(c.info.name), [], [], [])
        call.set_line(node)
    if init is not None:
        formals = formals_of(builder, init[2], 1)
    elif c.dataclass is not None and c.dataclass.init:
        formals = [
            Formal(name, ARG_POS, c.fields[name], c.dataclass.defaults.get(name),
                   c.dataclass.factories.get(name), _field_mypy_type(c, name))
            for name in c.dataclass.fields
        ]
        for f in formals:
            if f.default is not None or f.factory is not None:
                f.kind = ArgKind.ARG_OPT
    elif c.kind == KIND_EXCEPTION:
        formals = [Formal(f"a{i}", ARG_POS, builder.rtype_of(a), None)
                   for i, a in enumerate(call.args)]
    elif call.args:
        raise Unsupported(call, f'"{c.info.name}()" takes no arguments')
    args = bind(builder, call, formals)
    if c.kind == KIND_EXCEPTION:
        # BaseException.__new__ keeps the positional arguments (they come
        # first, so positional argument i is parameter i) as args
        positional = sum(1 for k in call.arg_kinds if k == ARG_POS)
        from pyuk.irbuild.exceptions import as_object

        boxed = [as_object(builder, args[i], formals[i].rtype, call)
                 for i in range(min(positional, len(args)))]
        obj = builder.temp(c.rtype)
        builder.add(Instr("exc.new", obj, boxed, symbol=class_symbol(c), line=node.line))
        _defaults_and_init(builder, c, obj, args, node)
        return obj
    return initialise(builder, c, args, node)


def initialise(builder: IRBuilder, c: ClassInfo, args: list[Operand], node: Context) -> Register:
    """A new ``c`` with its field defaults, ``__init__`` called with the
    bound ``args``."""
    obj = builder.temp(c.rtype)
    builder.add(Instr("obj.new", obj, symbol=c.fullname, line=node.line))
    _defaults_and_init(builder, c, obj, args, node)
    return obj


def _defaults_and_init(builder: IRBuilder, c: ClassInfo, obj: Register, args: list[Operand],
                       node: Context) -> None:
    from pyuk.irbuild.coerce import coerce

    for name, default in c.defaults.items():
        value = builder.expr(default)
        value = coerce(builder, value, builder.rtype_of(default), c.fields[name], default)
        builder.add(Instr("field.set", args=[obj, value], symbol=_field_symbol(c, name)))
    init = c.find_method("__init__")
    if init is not None:
        _call(builder, method_symbol(init[2]), [obj, *args], VOID, node)
    elif c.dataclass is not None and c.dataclass.init:
        _call(builder, f"{c.fullname}.__init__", [obj, *args], VOID, node)


def _construct_through(builder: IRBuilder, c: ClassInfo, callee: Expression,
                       call: CallExpr) -> Operand:
    """``cls(...)`` where ``cls`` may be any subclass of ``c``: the
    constructor slot of the class object's vtable builds its class."""
    from pyuk.irbuild.classes import new_symbol

    if c.new_slot:
        raise Unsupported(call, c.new_slot)
    if c.new_slot is None:
        raise Unsupported(call, "creating an instance from this class object is not "
                          "supported by pyuk yet")
    cls_value = builder.expr(callee)
    init = c.find_method("__init__")
    if init is not None:
        args = bind(builder, call, formals_of(builder, init[2], 1))
    elif c.dataclass is not None and c.dataclass.init:
        formals = [
            Formal(name, ARG_POS, c.fields[name], c.dataclass.defaults.get(name),
                   c.dataclass.factories.get(name), _field_mypy_type(c, name))
            for name in c.dataclass.fields
        ]
        for f in formals:
            if f.default is not None or f.factory is not None:
                f.kind = ArgKind.ARG_OPT
        args = bind(builder, call, formals)
    else:
        args = bind(builder, call, [])
    result = builder.temp(c.rtype)
    builder.add(Instr("class.vcall", result, [cls_value, *args], symbol=new_symbol(c),
                      line=call.line))
    return _wanted(builder, result, c.rtype, call)


def _field_mypy_type(c: ClassInfo, name: str) -> Type | None:
    from mypy.nodes import Var

    for a in c.ancestors():
        sym = a.info.names.get(name)
        if sym is not None and isinstance(sym.node, Var):
            return sym.node.type
    return None


def _enum_call(builder: IRBuilder, c: ClassInfo, call: CallExpr | None, node: Context) -> Operand:
    if call is None or len(call.args) != 1:
        raise Unsupported(node, f'"{c.info.name}(...)" takes one value in pyuk')
    from pyuk.irbuild.coerce import coerce

    arg = call.args[0]
    value = coerce(builder, builder.expr(arg), builder.rtype_of(arg), INT, arg, binding=False)
    cls = builder.emit("class.ref", [], node, result=RType(f"type[{c.fullname}]", OBJECT.repr))
    builder.state.block.instrs[-1].symbol = c.fullname
    member = builder.call_runtime("pyuk_enum_from_value", [cls, value], node)
    assert member is not None
    return _retype(builder, member, c.rtype)


def _retype(builder: IRBuilder, value: Operand, rtype: RType) -> Register:
    reg = builder.temp(rtype)
    builder.move(reg, value)
    return reg


def _namedtuple_new(builder: IRBuilder, c: ClassInfo, call: CallExpr | None,
                    node: Context) -> Operand:
    formals = [Formal(name, ArgKind.ARG_OPT if name in c.defaults else ARG_POS, t,
                      c.defaults.get(name)) for name, t in c.fields.items()]
    values = bind(builder, call, formals) if call is not None else []
    obj = builder.temp(c.rtype)
    builder.add(Instr("namedtuple.new", obj, values, symbol=c.fullname, line=node.line))
    return obj


# ---- calls ----


def try_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    callee = call.callee
    reg = registry(builder)
    if isinstance(callee, SuperExpr):
        return _super_call(builder, call, callee, callee.name)
    # C[int, str](...): the instance it makes, as for Box(3)
    if isinstance(callee, IndexExpr) and isinstance(callee.analyzed, TypeApplication):
        applied = callee.analyzed.expr
        if isinstance(applied, RefExpr) and isinstance(applied.node, TypeInfo):
            c = class_of_type(builder, builder.type_of(call))
            return construct(builder, c, call, call) if c is not None else None
    # C(...)
    if isinstance(callee, RefExpr) and isinstance(callee.node, TypeInfo):
        c = reg.get(callee.node)
        if c is None and callee.node.type_vars:  # Box(3): the instance it makes
            c = class_of_type(builder, builder.type_of(call))
        if c is not None:
            return construct(builder, c, call, call)
        return None
    if not isinstance(callee, MemberExpr):
        # cls(...) in a classmethod, or a type[C] value
        t = builder.program.types.get(callee)
        if t is not None and isinstance(callee, NameExpr):
            c = class_of_type_object(builder, t)
            if c is not None:
                if c.subclasses:
                    return _construct_through(builder, c, callee, call)
                return construct(builder, c, call, call)
        return None
    receiver = callee.expr
    if isinstance(receiver, RefExpr) and isinstance(receiver.node, TypeInfo):
        c = reg.get(receiver.node)
        if c is None:
            return None
        return _class_call(builder, call, c, callee.name, None)
    rtype_t = builder.program.types.get(receiver)
    if rtype_t is None:
        return None
    members = union_classes(builder, rtype_t)
    if members is not None:
        return _union_call(builder, call, members, receiver, callee.name)
    c = class_of_type_object(builder, rtype_t)
    if c is not None:
        cls_value = builder.expr(receiver)
        return _class_call(builder, call, c, callee.name, cls_value)
    c = class_of_type(builder, rtype_t)
    if c is None:
        return None
    if c.kind == KIND_PROTOCOL:
        return _protocol_call(builder, call, c, callee.name, receiver)
    found = c.find_method(callee.name)
    if found is None and (callee.name in c.fields or c.class_var(callee.name) is not None):
        return None  # a function value held in a field: called as a value
    if found is None and c.errors:
        return builder.temp(builder.rtype_of(call))  # the class's errors say enough
    if found is None:
        if c.kind == KIND_NAMEDTUPLE and callee.name == "_replace":
            return _namedtuple_replace(builder, c, call, receiver)
        if c.kind in (KIND_ENUM, KIND_NAMEDTUPLE):
            raise Unsupported(call, f'"{callee.name}()" on "{c.info.name}" is not supported by '
                              "pyuk yet")
        if c.kind == KIND_EXCEPTION:
            return None
        raise Unsupported(call, f'calling the attribute "{callee.name}" is not supported by '
                          "pyuk yet")
    _owner, kind, defn = found
    if callee.name == "__iter__":
        raise Unsupported(call, "calling __iter__ is not supported by pyuk: loop over the "
                          "instance")
    obj = builder.expr(receiver)
    if kind == "static":
        args = bind(builder, call, formals_of(builder, defn, 0))
        result = _call(builder, method_symbol(defn), args, _result_type(defn), call)
        return _wanted(builder, result, _result_type(defn), call)
    if kind == "class":
        cls_value = _class_value(builder, c, obj, call)
        args = bind(builder, call, formals_of(builder, defn, 1))
        return _classmethod_call(builder, c, callee.name, defn, [cls_value, *args], call)
    if kind == "property":
        raise Unsupported(call, "calling the value of a property is not supported by pyuk yet")
    return call_method(builder, c, callee.name, obj, call, lambda: bind(
        builder, call, formals_of(builder, defn, 1)), call)


def union_classes(builder: IRBuilder, t: Type) -> list[ClassInfo] | None:
    """The compiled classes of a union of instance types (``A | B``, None
    excluded), or None when ``t`` is not such a union."""
    from mypy.types import NoneType, UnionType

    p = proper(t)
    if not isinstance(p, UnionType):
        return None
    out: list[ClassInfo] = []
    for item in p.items:
        if isinstance(proper(item), NoneType):
            continue
        c = class_of_type(builder, item)
        if c is None or c.kind in (KIND_PROTOCOL, KIND_ENUM, KIND_NAMEDTUPLE):
            return None
        out.append(c)
    return out if len(out) > 1 else None


def _union_dispatch(builder: IRBuilder, classes: list[ClassInfo], obj: Operand,
                    node: Expression, each: object) -> Operand:
    """Tests the object's class against each member of the union in turn
    and lowers the operation for the first that matches (the last needs no
    test: mypy proved the object is one of them)."""
    result_type = builder.rtype_of(node)
    result = builder.temp(result_type) if result_type not in (VOID, NONE) else None
    done = builder.new_block()
    for i, c in enumerate(classes):
        nxt = None
        if i < len(classes) - 1:
            test = builder.temp(BOOL)
            builder.add(Instr("obj.isinstance", test, [obj], symbol=c.fullname))
            yes, nxt = builder.new_block(), builder.new_block()
            builder.branch(test, yes, nxt)
            builder.activate(yes)
        value: Operand = each(c)  # type: ignore[operator]
        if result is not None:
            vtype = value.type if isinstance(value, (Register, Const)) else result_type
            builder.move(result, convert(builder, value, vtype, result_type, node))
        builder.goto(done)
        if nxt is not None:
            builder.activate(nxt)
    builder.activate(done)
    return result if result is not None else Const(None, NONE)


def _union_call(builder: IRBuilder, call: CallExpr, classes: list[ClassInfo],
                receiver: Expression, name: str) -> Operand:
    """``x.name(...)`` where ``x`` is one of several classes."""
    obj = builder.expr(receiver)
    evaluated = evaluate_args(builder, call)

    def each(c: ClassInfo) -> Operand:
        found = c.find_method(name)
        if found is None or found[1] not in ("method", "class"):
            raise Unsupported(call, f'calling "{name}" on "{builder.rtype_of(receiver)}" is not '
                              "supported by pyuk yet")
        defn = found[2]
        args = bind(builder, call, formals_of(builder, defn, 1), evaluated=evaluated)
        if found[1] == "class":
            return _classmethod_call(builder, c, name, defn,
                                     [_class_value(builder, c, obj, call), *args], call)
        return call_method(builder, c, name, obj, call, lambda: args, call)

    return _union_dispatch(builder, classes, obj, call, each)


def _namedtuple_replace(builder: IRBuilder, c: ClassInfo, call: CallExpr,
                        receiver: Expression) -> Operand:
    """``p._replace(x=1)``: a new named tuple with some fields changed."""
    from pyuk.irbuild.coerce import coerce

    if any(k != ArgKind.ARG_NAMED for k in call.arg_kinds):
        raise Unsupported(call, "_replace() takes keyword arguments")
    obj = builder.expr(receiver)
    values: dict[str, Operand] = {}
    for name, arg in zip(call.arg_names, call.args, strict=True):
        assert name is not None
        if name not in c.fields:
            raise Unsupported(arg, f'_replace() of the unknown field "{name}"')
        values[name] = coerce(builder, builder.expr(arg), builder.rtype_of(arg), c.fields[name],
                              arg)
    items: list[Operand] = []
    for name, ftype in c.fields.items():
        if name in values:
            items.append(values[name])
        else:
            current = builder.temp(ftype)
            builder.add(Instr("field.get", current, [obj], symbol=_field_symbol(c, name)))
            items.append(current)
    result = builder.temp(c.rtype)
    builder.add(Instr("namedtuple.new", result, items, symbol=c.fullname, line=call.line))
    return _wanted(builder, result, c.rtype, call)


def _result_type(defn: FuncDef) -> RType:
    return signature_of(defn).result


def dataclass_replace(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """``dataclasses.replace(obj, field=value...)``: a new instance of the
    object's class with the other fields copied."""
    if not call.args or call.arg_kinds[0] != ARG_POS or call.arg_names[0] is not None:
        return None
    t = builder.program.types.get(call.args[0])
    c = class_of_type(builder, t) if t is not None else None
    if c is None or c.dataclass is None:
        return None
    if c.subclasses:
        raise Unsupported(call, f'replace() on "{c.info.name}", which has subclasses, is not '
                          "supported by pyuk yet")
    if any(k != ArgKind.ARG_NAMED for k in call.arg_kinds[1:]):
        raise Unsupported(call, "replace() takes the object and keyword arguments")
    obj = builder.expr(call.args[0])
    changes = {name: arg for name, arg in zip(call.arg_names[1:], call.args[1:], strict=True)}
    from pyuk.irbuild.coerce import coerce

    values: dict[str, Operand] = {}
    for name, arg in changes.items():  # evaluated in source order
        assert name is not None
        if name not in c.dataclass.fields:
            raise Unsupported(arg, f'replace() of the unknown field "{name}"')
        values[name] = coerce(builder, builder.expr(arg), builder.rtype_of(arg), c.fields[name],
                              arg)
    args: list[Operand] = []
    for name in c.dataclass.fields:
        if name in values:
            args.append(values[name])
        else:
            current = builder.temp(c.fields[name])
            builder.add(Instr("field.get", current, [obj], symbol=_field_symbol(c, name)))
            args.append(current)
    result = initialise(builder, c, args, call)
    return _wanted(builder, result, c.rtype, call)


def _class_value(builder: IRBuilder, c: ClassInfo, obj: Operand, node: Context) -> Operand:
    """The class object of ``obj`` for a classmethod's ``cls``."""
    rtype = RType(f"type[{c.fullname}]", OBJECT.repr)
    if not c.subclasses:
        dest = builder.temp(rtype)
        builder.add(Instr("class.ref", dest, symbol=c.fullname))
        return dest
    return builder.emit("obj.type", [obj], node, result=rtype)


def call_method(builder: IRBuilder, c: ClassInfo, name: str, obj: Operand, node: Context,
                arguments: object, result_node: Expression | None = None) -> Operand:
    """``obj.name(...)`` for a receiver of static class ``c``: direct when no
    subclass overrides the method, else through the vtable.  ``arguments``
    evaluates and binds the other arguments (after the receiver)."""
    found = c.find_method(name)
    assert found is not None
    _, _kind, defn = found
    sig = signature_of(defn)
    args: list[Operand] = arguments()  # type: ignore[operator]
    if c.kind == KIND_PROTOCOL:
        reg = registry(builder)
        result = _call(builder, reg.selector(c, name), [obj, *args], sig.result, node,
                       op="method.pcall")
    elif name in c.vtable and c.is_virtual(name):
        root = _slot_root(c, name)
        if signature_of(root).key() != sig.key():
            raise Unsupported(node, f'calling "{name}" through a subclass that changes its '
                              "signature is not supported by pyuk yet")
        if isinstance(node, CallExpr):
            _check_override_defaults(c, name, defn, node)
        result = _call(builder, method_symbol(root), [obj, *args], sig.result, node,
                       op="method.vcall")
    else:
        result = _call(builder, method_symbol(defn), [obj, *args], sig.result, node)
    if result_node is not None:
        return _wanted(builder, result, sig.result, result_node)
    return result


def _default_key(expr: Expression | None) -> object:
    """A comparable form of a literal default (None: not a literal)."""
    from mypy.nodes import FloatExpr, IntExpr, StrExpr, UnaryExpr

    if isinstance(expr, (IntExpr, FloatExpr, StrExpr)):
        return (type(expr).__name__, expr.value)
    if isinstance(expr, NameExpr) and expr.fullname in ("builtins.True", "builtins.False",
                                                        "builtins.None"):
        return expr.fullname
    if isinstance(expr, UnaryExpr) and expr.op == "-" and isinstance(expr.expr,
                                                                    (IntExpr, FloatExpr)):
        return ("neg", expr.expr.value)
    return None


def _check_override_defaults(c: ClassInfo, name: str, defn: FuncDef, call: CallExpr) -> None:
    """A virtual call that leaves out an argument gets the default of the
    method that runs, which the compiler does not know: refuse it unless
    every override has the same literal default."""
    sig = proper(defn.type) if defn.type is not None else None
    if not isinstance(sig, CallableType):
        return
    mapping = map_actuals_to_formals(
        call.arg_kinds, call.arg_names, sig.arg_kinds[1:], sig.arg_names[1:],
        lambda i: AnyType(TypeOfAny.special_form),
    )
    omitted = [i + 1 for i, actuals in enumerate(mapping) if not actuals]
    if not omitted:
        return
    impls = [a.methods[name][1] for a in [c, *c.descendants(), *c.ancestors()]
             if name in a.methods]
    for index in omitted:
        keys = set()
        for impl in impls:
            arg = impl.arguments[index] if index < len(impl.arguments) else None
            key = _default_key(arg.initializer if arg is not None else None)
            if key is None:
                raise Unsupported(call, f'leaving out argument "{sig.arg_names[index]}" of '
                                  f'"{name}", which subclasses override, needs literal defaults '
                                  "in pyuk: pass it")
            keys.add(key)
        if len(keys) > 1:
            raise Unsupported(call, f'leaving out argument "{sig.arg_names[index]}" of "{name}", '
                              "whose default differs between overrides, is not supported by "
                              "pyuk: pass it")


def _slot_root(c: ClassInfo, name: str) -> FuncDef:
    root: FuncDef | None = None
    for a in c.ancestors():
        if name in a.methods:
            root = a.methods[name][1]
    assert root is not None
    return root


def _class_call(builder: IRBuilder, call: CallExpr, c: ClassInfo, name: str,
                cls_value: Operand | None) -> Operand | None:
    """``C.name(...)`` or ``cls.name(...)``."""
    found = c.find_method(name)
    if found is None:
        if c.kind == KIND_ENUM:
            return None
        raise Unsupported(call, f'"{c.info.name}.{name}(...)" is not supported by pyuk yet')
    _, kind, defn = found
    if kind == "static":
        args = bind(builder, call, formals_of(builder, defn, 0))
    elif kind == "class":
        if cls_value is None:  # C.name(...): the class is known
            ref = builder.temp(RType(f"type[{c.fullname}]", OBJECT.repr))
            builder.add(Instr("class.ref", ref, symbol=c.fullname))
            args = [ref, *bind(builder, call, formals_of(builder, defn, 1))]
        else:  # cls.name(...): any subclass
            args = [cls_value, *bind(builder, call, formals_of(builder, defn, 1))]
            return _classmethod_call(builder, c, name, defn, args, call)
    elif kind == "method" and cls_value is None:
        # C.method(obj, ...): the function itself, called directly
        args = bind(builder, call, formals_of(builder, defn, 0))
    else:
        raise Unsupported(call, f'calling "{name}" this way is not supported by pyuk yet')
    result = _call(builder, method_symbol(defn), args, _result_type(defn), call)
    return _wanted(builder, result, _result_type(defn), call)


def _classmethod_call(builder: IRBuilder, c: ClassInfo, name: str, defn: FuncDef,
                      args: list[Operand], call: CallExpr) -> Operand:
    """A classmethod called with a class object that may be a subclass of
    ``c``: through the class object's vtable when a subclass overrides it."""
    if name in c.vtable and c.is_virtual(name):
        _check_override_defaults(c, name, defn, call)
    result = _classmethod_invoke(builder, c, name, defn, args, call)
    return _wanted(builder, result, signature_of(defn).result, call)


def _classmethod_invoke(builder: IRBuilder, c: ClassInfo, name: str, defn: FuncDef,
                        args: list[Operand], node: Context) -> Operand:
    """The call of a classmethod with its class object and arguments bound."""
    sig = signature_of(defn)
    if name in c.vtable and c.is_virtual(name):
        root = _slot_root(c, name)
        if signature_of(root).key() != sig.key():
            raise Unsupported(node, f'calling "{name}" through a subclass that changes its '
                              "signature is not supported by pyuk yet")
        return _call(builder, method_symbol(root), args, sig.result, node, op="class.vcall")
    return _call(builder, method_symbol(defn), args, sig.result, node)


def _super_call(builder: IRBuilder, call: CallExpr, sup: SuperExpr, name: str) -> Operand:
    """``super().name(...)``: the implementation after the current class."""
    if sup.call.args:
        raise Unsupported(sup, "super() with arguments is not supported by pyuk: write super()")
    current = registry(builder).get(sup.info)
    if current is None:
        raise Unsupported(call, "super() here is not supported by pyuk")
    self_value = _self_operand(builder, call)
    base = current.base
    found = base.find_method(name) if base is not None else None
    if found is None:
        if name == "__init__" and current.kind == KIND_EXCEPTION:
            # BaseException.__init__(self, *args): args becomes the tuple
            from pyuk.irbuild.exceptions import as_object

            values = []
            for arg, arg_kind in zip(call.args, call.arg_kinds, strict=True):
                if arg_kind != ARG_POS:
                    raise Unsupported(arg, "keyword arguments to an exception's __init__")
                values.append(as_object(builder, builder.expr(arg), builder.rtype_of(arg), arg))
            builder.add(Instr("exc.init", args=[self_value, *values], line=call.line))
            return Const(None, NONE)
        if name == "__init__" and not call.args:
            return Const(None, NONE)  # object.__init__
        raise Unsupported(call, f'super().{name}() is not supported by pyuk here')
    _, kind, defn = found
    if kind == "static":
        args = bind(builder, call, formals_of(builder, defn, 0))
    elif kind == "class":
        args = [self_value, *bind(builder, call, formals_of(builder, defn, 1))]
    else:
        args = [self_value, *bind(builder, call, formals_of(builder, defn, 1))]
    result = _call(builder, method_symbol(defn), args, _result_type(defn), call)
    return _wanted(builder, result, _result_type(defn), call)


def _is_protocol_method(proto: ClassInfo, name: str) -> bool:
    """A member declared with ``def`` (not a property nor an attribute)."""
    node = proto.info.names[name].node
    from mypy.nodes import Decorator

    if isinstance(node, Decorator):
        node = node.func
    return isinstance(node, FuncDef) and not node.is_property


def _protocol_call(builder: IRBuilder, call: CallExpr, proto: ClassInfo, name: str,
                   receiver: Expression) -> Operand:
    reg = registry(builder)
    if name not in reg.protocol_members(proto):
        raise Unsupported(call, f'calling "{name}" through a protocol is not supported by pyuk')
    node = proto.info.names[name].node
    from mypy.nodes import Decorator

    if isinstance(node, Decorator):
        node = node.func
    if not isinstance(node, FuncDef) or node.is_property:
        raise Unsupported(call, "calling a protocol attribute is not supported by pyuk yet")
    obj = builder.expr(receiver)
    args = bind(builder, call, formals_of(builder, node, 1))
    sig = reg.selector_signature(proto, name)
    result = _call(builder, reg.selector(proto, name), [obj, *args], sig.result, call,
                   op="method.pcall")
    return _wanted(builder, result, sig.result, call)


# ---- attributes ----


def try_member(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    """``x.name`` read, for instances and classes of compiled classes."""
    receiver = expr.expr
    reg = registry(builder)
    if isinstance(receiver, RefExpr) and isinstance(receiver.node, TypeInfo):
        c = reg.get(receiver.node)
        if c is None:
            return None
        return _class_attribute(builder, c, expr)
    t = builder.program.types.get(receiver)
    if t is None:
        return None
    members = union_classes(builder, t)
    if members is not None:
        obj = builder.expr(receiver)
        return _union_dispatch(builder, members, obj, expr,
                               lambda c: instance_attribute(builder, c, obj, expr))
    c = class_of_type_object(builder, t)
    if c is not None:
        cls_value = builder.expr(receiver)
        found = c.find_method(expr.name)
        if found is not None and found[1] == "class":
            return _method_value(builder, c, expr.name, None, expr, cls_value)
        if any(expr.name in d.info.names for d in c.descendants()):
            raise Unsupported(expr, f'reading "{expr.name}" through a class object whose '
                              "subclasses override it is not supported by pyuk yet")
        return _class_attribute(builder, c, expr)
    c = class_of_type(builder, t)
    if c is None:
        return None
    obj = builder.expr(receiver)
    return instance_attribute(builder, c, obj, expr)


def instance_attribute(builder: IRBuilder, c: ClassInfo, obj: Operand,
                       expr: MemberExpr) -> Operand:
    name = expr.name
    if c.kind == KIND_PROTOCOL:
        return _protocol_attribute(builder, c, obj, expr)
    if c.kind == KIND_ENUM:
        if name == "value":
            return builder.emit("unbox", [obj], expr, result=INT)
        if name == "name":
            result = builder.call_runtime("pyuk_enum_name", [obj], expr)
            assert result is not None
            return result
        raise Unsupported(expr, f'"{name}" of an IntEnum member is not supported by pyuk yet')
    if name in c.fields:
        ftype = c.fields[name]
        value = builder.temp(ftype)
        builder.add(Instr("field.get", value, [obj], symbol=_field_symbol(c, name)))
        return _wanted(builder, value, ftype, expr)
    found = c.find_method(name)
    if found is not None:
        _, kind, _defn = found
        if kind == "property":
            return call_method(builder, c, name, obj, expr, lambda: [], expr)
        return _method_value(builder, c, name, obj, expr)
    const = c.constant(name)
    if const is not None:
        return const
    found_var = c.class_var(name)
    if found_var is not None:
        _, g = found_var
        value = builder.temp(g.type)
        builder.add(Instr("global.load", value, symbol=g.name))
        return _wanted(builder, value, g.type, expr)
    if c.kind == KIND_EXCEPTION:
        raise _NotMine()
    raise Unsupported(expr, f'the attribute "{name}" of "{c.info.name}" is not supported by '
                      "pyuk yet")


class _NotMine(Exception):
    """The attribute belongs to a builtin base (exception args...)."""


def _method_value(builder: IRBuilder, c: ClassInfo, name: str, obj: Operand | None,
                  expr: MemberExpr, cls_value: Operand | None = None) -> Operand:
    """A method read without a call, through an instance ``obj`` or through
    the class (``obj`` None; ``cls_value`` the class object when it may be
    a subclass): a closure calling it as ``x.name(...)`` or ``C.name(...)``
    would."""
    from pyuk.irbuild.closures import bound_method, method_value

    found = c.find_method(name)
    assert found is not None
    _, kind, defn = found
    symbol = method_symbol(defn)
    result = _result_type(defn)

    def direct(_bound: Operand | None, params: list[Operand]) -> Operand:
        return _call(builder, symbol, params, result, expr)

    if kind == "method" and obj is not None:
        return bound_method(builder, c, obj, name, expr)
    if kind == "static" or (kind == "method" and obj is None):
        return method_value(builder, expr, name, None, direct)
    if kind == "class":
        if obj is not None:
            cls_value = _class_value(builder, c, obj, expr)
        if cls_value is None:
            cls_value = builder.temp(RType(f"type[{c.fullname}]", OBJECT.repr))
            builder.add(Instr("class.ref", cls_value, symbol=c.fullname))
        return method_value(builder, expr, name, cls_value, lambda cls, params: (
            _classmethod_invoke(builder, c, name, defn, [cls, *params], expr)))  # type: ignore[list-item]
    raise Unsupported(expr, f'"{name}" as a value is not supported by pyuk yet')


def _class_attribute(builder: IRBuilder, c: ClassInfo, expr: MemberExpr) -> Operand:
    name = expr.name
    if c.kind == KIND_ENUM and any(m == name for m, _ in c.members):
        dest = builder.temp(c.rtype)
        builder.add(Instr("enum.member", dest, symbol=f"{c.fullname}.{name}"))
        return dest
    const = c.constant(name)
    if const is not None:
        return const
    found = c.class_var(name)
    if found is not None:
        _, g = found
        value = builder.temp(g.type)
        builder.add(Instr("global.load", value, symbol=g.name))
        return _wanted(builder, value, g.type, expr)
    if name in c.defaults:
        from pyuk.irbuild.coerce import coerce

        default = c.defaults[name]
        return coerce(builder, builder.expr(default), builder.rtype_of(default),
                      builder.rtype_of(expr), expr)
    if c.find_method(name) is not None:
        return _method_value(builder, c, name, None, expr)
    raise Unsupported(expr, f'"{c.info.name}.{name}" is not supported by pyuk yet')


def super_member(builder: IRBuilder, sup: SuperExpr) -> Operand:
    """``super().name`` read: a property of a base class."""
    expr = sup
    if sup.call.args:
        raise Unsupported(sup, "super() with arguments is not supported by pyuk: write super()")
    current = registry(builder).get(sup.info)
    base = current.base if current is not None else None
    found = base.find_method(expr.name) if base is not None else None
    if found is None or found[1] != "property":
        raise Unsupported(expr, f'super().{expr.name} is not supported by pyuk yet')
    defn = found[2]
    result = _call(builder, method_symbol(defn), [_self_operand(builder, expr)],
                   _result_type(defn), expr)
    return _wanted(builder, result, _result_type(defn), expr)


def _protocol_attribute(builder: IRBuilder, proto: ClassInfo, obj: Operand,
                        expr: MemberExpr) -> Operand:
    reg = registry(builder)
    if expr.name not in reg.protocol_members(proto):
        raise Unsupported(expr, f'"{expr.name}" through a protocol is not supported by pyuk')
    sig = reg.selector_signature(proto, expr.name)
    if _is_protocol_method(proto, expr.name):
        from pyuk.irbuild.closures import bound_method

        return bound_method(builder, proto, obj, expr.name, expr)
    result = _call(builder, reg.selector(proto, expr.name), [obj], sig.result, expr,
                   op="method.pcall")
    return _wanted(builder, result, sig.result, expr)


def try_store_member(builder: IRBuilder, target: MemberExpr, value: Operand,
                     value_type: RType) -> bool:
    """``x.name = value``; False when ``x`` is not about a compiled class."""

    receiver = target.expr
    reg = registry(builder)
    c: ClassInfo | None = None
    if isinstance(receiver, RefExpr) and isinstance(receiver.node, TypeInfo):
        c = reg.get(receiver.node)
        if c is None:
            return False
        return _store_class_var(builder, c, target, value, value_type)
    t = builder.program.types.get(receiver)
    if t is None:
        return False
    c = class_of_type_object(builder, t)
    if c is not None:
        if c.subclasses:
            raise Unsupported(target, "assigning a class attribute through a class object whose "
                              "class has subclasses is not supported by pyuk yet")
        builder.expr(receiver)
        return _store_class_var(builder, c, target, value, value_type)
    c = class_of_type(builder, t)
    if c is None:
        return False
    obj = builder.expr(receiver)
    store_field(builder, c, obj, target, value, value_type)
    return True


def store_field(builder: IRBuilder, c: ClassInfo, obj: Operand, target: MemberExpr,
                value: Operand, value_type: RType) -> None:
    from pyuk.irbuild.coerce import coerce

    name = target.name
    if name not in c.fields:
        raise Unsupported(target, f'assigning "{name}" of "{c.info.name}" is not supported '
                          "by pyuk yet")
    converted = coerce(builder, value, value_type, c.fields[name], target)
    builder.add(Instr("field.set", args=[obj, converted], symbol=_field_symbol(c, name)))


def _store_class_var(builder: IRBuilder, c: ClassInfo, target: MemberExpr, value: Operand,
                     value_type: RType) -> bool:
    from pyuk.irbuild.coerce import coerce

    found = c.class_var(target.name)
    if found is None:
        raise Unsupported(target, f'assigning "{c.info.name}.{target.name}" is not supported '
                          "by pyuk (it is not a class variable)")
    _, g = found
    converted = coerce(builder, value, value_type, g.type, target)
    builder.add(Instr("global.store", args=[converted], symbol=g.name))
    return True


# ---- isinstance ----


def try_isinstance(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if len(call.args) != 2 or any(k != ARG_POS for k in call.arg_kinds):
        return None
    target = call.args[1]
    items = target.items if isinstance(target, TupleExpr) else [target]
    classes: list[ClassInfo] = []
    reg = registry(builder)
    for item in items:
        if not (isinstance(item, RefExpr) and isinstance(item.node, TypeInfo)):
            return None
        c = reg.get(item.node)
        if c is None or c.kind == KIND_PROTOCOL:
            if c is not None:
                raise Unsupported(item, f'isinstance() with "{c.info.name}" is not supported '
                                  "by pyuk yet")
            return None
        classes.append(c)
    value = builder.expr(call.args[0])
    vtype = builder.rtype_of(call.args[0])
    if not vtype.is_ref:
        return Const(False, BOOL)
    result = builder.temp(BOOL)
    builder.move(result, Const(False, BOOL))
    done = builder.new_block()
    for c in classes:
        test = builder.temp(BOOL)
        builder.add(Instr("obj.isinstance", test, [value], symbol=c.fullname))
        builder.move(result, test)
        nxt = builder.new_block()
        builder.branch(test, done, nxt)
        builder.activate(nxt)
    builder.goto(done)
    builder.activate(done)
    return result


# ---- special methods from operators and builtins ----

_COMPARE_METHODS = {"==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__",
                    ">": "__gt__", ">=": "__ge__"}
_REFLECTED = {"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__",
              "__eq__": "__eq__", "__ne__": "__ne__"}
_COMPARE_CODES = {"<": 0, "<=": 1, "==": 2, "!=": 3, ">": 4, ">=": 5}


def user_class(builder: IRBuilder, rtype: RType) -> ClassInfo | None:
    """The compiled class (or protocol) of values of this IR type."""
    return registry(builder).by_name(rtype.name) if rtype.is_ref else None


def _method_call_on(builder: IRBuilder, c: ClassInfo, name: str, obj: Operand,
                    args: list[tuple[Operand, RType]], node: Context) -> Operand:
    """Calls special method ``name`` with already evaluated arguments."""
    from pyuk.irbuild.coerce import coerce

    found = c.find_method(name)
    assert found is not None
    defn = found[2]
    sig = signature_of(defn)

    def arguments() -> list[Operand]:
        return [coerce(builder, v, t, p, node, binding=False)
                for (v, t), p in zip(args, sig.params[1:], strict=True)]

    return call_method(builder, c, name, obj, node, arguments, None)


def try_compare(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                right_type: RType, node: Context) -> Operand | None:
    lc, rc = user_class(builder, left_type), user_class(builder, right_type)
    if lc is None and rc is None:
        return None
    from pyuk.irbuild.containers import is_dynamic

    if op not in ("in", "not in") and (is_dynamic(left_type) or is_dynamic(right_type)):
        return None  # the other operand's class is known at run time only: generic
    if op in ("in", "not in"):
        if rc is None or rc.find_method("__contains__") is None:
            return None
        result = _method_call_on(builder, rc, "__contains__", right, [(left, left_type)], node)
        return _truth(builder, result, op == "not in", node)
    if (lc is not None and lc.kind == KIND_ENUM) or (rc is not None and rc.kind == KIND_ENUM):
        return None  # compared as ints by the caller
    method = _COMPARE_METHODS.get(op)
    if method is None:
        return None
    reflected = _REFLECTED[method]
    if _subclass_may_reflect(builder, lc, rc, reflected) or (
            op == "!=" and _subclass_may_reflect(builder, lc, rc, "__eq__")):
        # the right operand may be an instance of a subclass of the left's
        # class that overrides the reflected method: CPython calls it first
        if op in ("==", "!=") and left_type.is_ref and right_type.is_ref:
            equal = builder.call_runtime("pyuk_instance_eq", [left, right], node)
            assert equal is not None
            return equal if op == "==" else builder.emit("bool.not", [equal], node)
        raise Unsupported(node, f'"{op}" between a class and a subclass that overrides '
                          f"{reflected} is not supported by pyuk yet")
    # identity when neither side defines the comparison
    if lc is not None and _defines(lc, method):
        return _truth(builder, _method_call_on(builder, lc, method, left, [(right, right_type)],
                                               node), False, node)
    if rc is not None and _defines(rc, reflected):
        return _truth(builder, _method_call_on(builder, rc, reflected, right,
                                               [(left, left_type)], node), False, node)
    if op == "!=" and lc is not None and _defines(lc, "__eq__"):
        result = _method_call_on(builder, lc, "__eq__", left, [(right, right_type)], node)
        return _truth(builder, result, True, node)
    if op == "!=" and rc is not None and _defines(rc, "__eq__"):
        result = _method_call_on(builder, rc, "__eq__", right, [(left, left_type)], node)
        return _truth(builder, result, True, node)
    if _dynamic(builder, lc, method) or _dynamic(builder, rc, reflected) or (
            op in ("==", "!=") and (_dynamic(builder, lc, "__eq__")
                                    or _dynamic(builder, rc, "__eq__"))):
        # a subclass (or a class behind a protocol) defines the comparison:
        # the runtime's generic comparison dispatches on the objects' classes
        if op in ("==", "!=") and left_type.is_ref and right_type.is_ref:
            equal = builder.call_runtime("pyuk_instance_eq", [left, right], node)
            assert equal is not None
            return equal if op == "==" else builder.emit("bool.not", [equal], node)
        if op in ("<", ">") and left_type.is_ref and right_type.is_ref:
            from pyuk.irbuild.containers import KIND_OBJ

            lw = builder.emit("word.pack", [left], node)
            rw = builder.emit("word.pack", [right], node)
            compared = builder.call_runtime(
                "pyuk_word_compare",
                [lw, Const(KIND_OBJ, INT), rw, Const(KIND_OBJ, INT),
                 Const(_COMPARE_CODES[op], INT)], node)
            assert compared is not None
            return compared
        raise Unsupported(node, f'"{op}" where only subclasses define {method} is not '
                          "supported by pyuk yet")
    dc = lc if lc is not None and _dataclass_with(lc, "eq") else None
    if op in ("==", "!=") and dc is not None and left_type.is_ref and right_type.is_ref:
        equal = builder.call_runtime("pyuk_dataclass_eq", [left, right], node)
        assert equal is not None
        return equal if op == "==" else builder.emit("bool.not", [equal], node)
    if op in ("<", "<=", ">", ">=") and lc is not None and _dataclass_with(lc, "order"):
        ordered = builder.call_runtime(
            "pyuk_dataclass_compare", [left, right, Const(_COMPARE_CODES[op], INT)], node)
        assert ordered is not None
        return ordered
    if op in ("==", "!="):
        if not (left_type.is_ref and right_type.is_ref):
            return Const(op == "!=", BOOL)
        return builder.emit("ref.is" if op == "==" else "ref.is_not", [left, right], node)
    return None


def _subclass_may_reflect(builder: IRBuilder, lc: ClassInfo | None, rc: ClassInfo | None,
                          reflected: str) -> bool:
    """Whether the right operand's class can be a proper subclass of the
    left operand's class that defines the reflected method ``reflected``
    (CPython then calls it before the left operand's method)."""
    if lc is None or rc is None or lc.kind == KIND_PROTOCOL:
        return False
    lefts = {id(k) for k in [lc, *lc.descendants()]}
    for k in [rc, *_implementers(builder, rc)]:
        if reflected not in k.methods:
            continue
        if any(id(a) in lefts for a in k.ancestors()[1:]):
            return True
    return False


def _implementers(builder: IRBuilder, c: ClassInfo) -> list[ClassInfo]:
    """The classes whose instances a value of static class ``c`` can be."""
    reg = registry(builder)
    if c.kind == KIND_PROTOCOL:
        return [k for k in reg.classes.values() if reg.conforms(k, c)]
    return c.descendants()


def _dynamic(builder: IRBuilder, c: ClassInfo | None, method: str) -> bool:
    """Whether ``c`` lacks ``method`` but some class below it defines it:
    then only the object's class knows what the operation does."""
    if c is None or _defines(c, method):
        return False
    return any(method in k.methods for k in _implementers(builder, c))


def _defines(c: ClassInfo, method: str) -> bool:
    found = c.find_method(method)
    return found is not None and found[1] == "method"


def _dataclass_with(c: ClassInfo, flag: str) -> bool:
    for a in c.ancestors():
        if a.dataclass is not None:
            return bool(getattr(a.dataclass, flag))
    return False


def _truth(builder: IRBuilder, value: Operand, negate: bool, node: Context) -> Operand:
    """The bool of a special method's result (``__eq__`` may return any
    type in principle; mypy gives bool here)."""
    if isinstance(value, Const) and value.type == NONE:
        return Const(negate, BOOL)
    from pyuk.irbuild.coerce import truth_value

    rtype = value.type if isinstance(value, Register) else BOOL
    result = truth_value(builder, value, rtype, node)
    return builder.emit("bool.not", [result], node) if negate else result


_BINARY_METHODS = {
    "+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
    "%": "__mod__", "**": "__pow__", "<<": "__lshift__", ">>": "__rshift__", "&": "__and__",
    "|": "__or__", "^": "__xor__", "@": "__matmul__",
}
_UNARY_METHODS = {"-": "__neg__", "+": "__pos__", "~": "__invert__"}


def try_binary(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
               right_type: RType, node: Context,
               inplace: bool = False) -> tuple[Operand, RType] | None:
    """``left op right`` through ``__op__`` (``__iop__`` first for augmented
    assignments), else the right operand's ``__rop__``."""
    lc, rc = user_class(builder, left_type), user_class(builder, right_type)
    if lc is None and rc is None:
        return None
    if (lc is not None and lc.kind == KIND_ENUM) or (rc is not None and rc.kind == KIND_ENUM):
        return None
    method = _BINARY_METHODS.get(op)
    if method is None:
        return None
    candidates = [method]
    if inplace:
        candidates.insert(0, "__i" + method[2:])
    for name in candidates:
        if lc is not None and _defines(lc, name):
            result = _method_call_on(builder, lc, name, left, [(right, right_type)], node)
            return result, _result_of(lc, name)
    reflected = "__r" + method[2:]
    if rc is not None and _defines(rc, reflected):
        result = _method_call_on(builder, rc, reflected, right, [(left, left_type)], node)
        return result, _result_of(rc, reflected)
    raise Unsupported(node, f'operator "{op}" on these operands is not supported by pyuk yet')


def try_unary(builder: IRBuilder, op: str, value: Operand, rtype: RType,
              node: Expression) -> Operand | None:
    c = user_class(builder, rtype)
    if c is None or c.kind == KIND_ENUM:
        return None
    method = _UNARY_METHODS.get(op)
    if method is None or not _defines(c, method):
        return None
    result = _method_call_on(builder, c, method, value, [], node)
    return _wanted(builder, result, _result_of(c, method), node)


def _result_of(c: ClassInfo, method: str) -> RType:
    found = c.find_method(method)
    assert found is not None
    return signature_of(found[2]).result


def try_truth(builder: IRBuilder, value: Operand, rtype: RType, node: Context) -> Operand | None:
    """``if x:`` for an instance: None is false; ``__bool__``, else
    ``__len__``, else true."""
    c = user_class(builder, rtype)
    if c is None:
        return None
    if c.kind == KIND_ENUM:
        if c.plain_enum:  # an Enum member is always true
            return Const(True, BOOL)
        number = builder.emit("unbox", [value], node, result=INT)
        return builder.emit("int.ne", [number, Const(0, INT)], node)
    method = "__bool__" if _defines(c, "__bool__") else "__len__" if _defines(c, "__len__") \
        else None
    if c.kind == KIND_NAMEDTUPLE and method is None:
        return _not_none(builder, value, node) if c.fields else Const(False, BOOL)
    if method != "__bool__" and (_dynamic(builder, c, "__bool__")
                                 or (method is None and _dynamic(builder, c, "__len__"))):
        raise Unsupported(node, f'the truth value of "{c.info.name}", whose subclasses define '
                          "__bool__ or __len__, is not supported by pyuk: compare explicitly")
    result = builder.temp(BOOL)
    builder.move(result, Const(False, BOOL))
    present, done = builder.new_block(), builder.new_block()
    builder.branch(builder.emit("ref.is_not", [value, Const(None, NONE)], node), present, done)
    builder.activate(present)
    if method is None:
        builder.move(result, Const(True, BOOL))
    elif method == "__bool__":
        builder.move(result, _method_call_on(builder, c, method, value, [], node))
    else:
        length = _len_of(builder, c, value, node)
        builder.move(result, builder.emit("int.ne", [length, Const(0, INT)], node))
    builder.goto(done)
    builder.activate(done)
    return result


def _not_none(builder: IRBuilder, value: Operand, node: Context) -> Operand:
    return builder.emit("ref.is_not", [value, Const(None, NONE)], node)


def _len_of(builder: IRBuilder, c: ClassInfo, value: Operand, node: Context) -> Operand:
    """``len(x)`` through ``__len__``, with CPython's check of the result."""
    length = _method_call_on(builder, c, "__len__", value, [], node)
    bad, good = builder.new_block(), builder.new_block()
    builder.branch(builder.emit("int.lt", [length, Const(0, INT)], node), bad, good)
    builder.activate(bad)
    builder.call_runtime("pyuk_raise_negative_len", [], node)
    builder.add(Instr("unreachable"))
    builder.activate(good)
    return length


def try_len(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if len(call.args) != 1:
        return None
    arg = call.args[0]
    if isinstance(arg, RefExpr) and isinstance(arg.node, TypeInfo):
        enum = registry(builder).get(arg.node)
        if enum is not None and enum.kind == KIND_ENUM:
            return Const(len(enum.members), INT)  # len(Color)
        return None
    c = user_class(builder, builder.rtype_of(arg))
    if c is None:
        return None
    if c.kind == KIND_NAMEDTUPLE:
        builder.expr(arg)
        return Const(len(c.fields), INT)
    if not _defines(c, "__len__"):
        return None
    return _len_of(builder, c, builder.expr(arg), call)


def try_abs(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """``abs(x)`` of an instance: its ``__abs__()`` (a vector's length)."""
    if len(call.args) != 1:
        return None
    c = user_class(builder, builder.rtype_of(call.args[0]))
    if c is None or not _defines(c, "__abs__"):
        return None
    result = _method_call_on(builder, c, "__abs__", builder.expr(call.args[0]), [], call)
    return _wanted(builder, result, _result_of(c, "__abs__"), call)


def try_index(builder: IRBuilder, expr: IndexExpr) -> Operand | None:
    """``x[i]`` through ``__getitem__``; named tuples by item."""
    c = user_class(builder, builder.rtype_of(expr.base))
    if c is None:
        return None
    if c.kind == KIND_NAMEDTUPLE:
        from pyuk.irbuild.expressions import INT_MAX  # noqa: F401

        index = expr.index
        n = _constant_index(index)
        if n is None:
            return None
        names = list(c.fields)
        if n < 0:
            n += len(names)
        if not 0 <= n < len(names):
            return None
        obj = builder.expr(expr.base)
        ftype = c.fields[names[n]]
        value = builder.temp(ftype)
        builder.add(Instr("field.get", value, [obj], symbol=_field_symbol(c, names[n])))
        return _wanted(builder, value, ftype, expr)
    if not _defines(c, "__getitem__"):
        return None
    obj = builder.expr(expr.base)
    index_value = builder.expr(expr.index)
    result = _method_call_on(builder, c, "__getitem__", obj,
                             [(index_value, builder.rtype_of(expr.index))], expr)
    return _wanted(builder, result, _result_of(c, "__getitem__"), expr)


def _item_method(builder: IRBuilder, target: IndexExpr, *names: str) -> ClassInfo | None:
    """The class of ``target.base`` when it defines all the special methods."""
    c = user_class(builder, builder.rtype_of(target.base))
    if c is None or not all(_defines(c, name) for name in names):
        return None
    return c


def try_store_item(builder: IRBuilder, target: IndexExpr, value: Operand,
                   value_type: RType) -> bool:
    """``obj[key] = value`` through ``__setitem__`` (the value is evaluated
    first, then the object and the key, as in CPython)."""
    c = _item_method(builder, target, "__setitem__")
    if c is None:
        return False
    obj = builder.expr(target.base)
    key = builder.expr(target.index)
    _method_call_on(builder, c, "__setitem__", obj,
                    [(key, builder.rtype_of(target.index)), (value, value_type)], target)
    return True


def try_del_item(builder: IRBuilder, target: IndexExpr) -> bool:
    """``del obj[key]`` through ``__delitem__``."""
    c = _item_method(builder, target, "__delitem__")
    if c is None:
        return False
    obj = builder.expr(target.base)
    key = builder.expr(target.index)
    _method_call_on(builder, c, "__delitem__", obj, [(key, builder.rtype_of(target.index))],
                    target)
    return True


def try_augassign_item(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    """``obj[key] op= value``: ``__getitem__``, the operator, ``__setitem__``,
    with the object and the key evaluated once."""
    from pyuk.irbuild import containers
    from pyuk.irbuild.arithmetic import binary_numeric
    from pyuk.irbuild.containers import family_of

    target = stmt.lvalue
    if not isinstance(target, IndexExpr):
        return False
    c = _item_method(builder, target, "__getitem__", "__setitem__")
    if c is None:
        return False
    obj = builder.expr(target.base)
    key_type = builder.rtype_of(target.index)
    key = builder.temp(key_type)
    builder.move(key, builder.expr(target.index))
    current = _method_call_on(builder, c, "__getitem__", obj, [(key, key_type)], target)
    item_type = _result_of(c, "__getitem__")
    right, right_type = builder.expr(stmt.rvalue), builder.rtype_of(stmt.rvalue)
    if containers.updates_in_place(item_type, stmt.op) and family_of(right_type) == family_of(
            item_type):
        containers.update_in_place(builder, stmt.op, current, item_type, right, stmt)
        result, result_type = current, item_type  # d[k] += [x] extends the list d[k] holds
    else:
        result, result_type = binary_numeric(builder, stmt.op, current, item_type, right,
                                             right_type, None, stmt)
    _method_call_on(builder, c, "__setitem__", obj, [(key, key_type), (result, result_type)],
                    target)
    return True


def _constant_index(expr: Expression) -> int | None:
    from mypy.nodes import IntExpr, UnaryExpr

    if isinstance(expr, IntExpr):
        return expr.value
    if isinstance(expr, UnaryExpr) and expr.op == "-" and isinstance(expr.expr, IntExpr):
        return -expr.expr.value
    return None


def iter_call(builder: IRBuilder, expr: Expression) -> tuple[Operand, RType] | None:
    """``iter(x)`` for an instance: its ``__iter__()`` (an iterator)."""
    c = user_class(builder, builder.rtype_of(expr))
    if c is None or not _defines(c, "__iter__"):
        return None
    obj = builder.expr(expr)
    result = _method_call_on(builder, c, "__iter__", obj, [], expr)
    return result, _result_of(c, "__iter__")


def is_plain_enum(builder: IRBuilder, rtype: RType) -> bool:
    """An enum.Enum member (not an IntEnum one): formats as its str()."""
    c = user_class(builder, rtype)
    return c is not None and c.kind == KIND_ENUM and c.plain_enum


def enum_as_int(builder: IRBuilder, value: Operand, rtype: RType,
                node: Context) -> tuple[Operand, RType] | None:
    """An IntEnum member where an int is needed: its value."""
    c = user_class(builder, rtype)
    if c is None or c.kind != KIND_ENUM:
        return None
    return builder.emit("unbox", [value], node, result=INT), INT


def is_class_rtype(builder: IRBuilder, rtype: RType) -> bool:
    return registry(builder).by_name(rtype.name) is not None



# ---- return NotImplemented ----

_OPERATOR_OF = {v: k for k, v in _BINARY_METHODS.items()}
_OPERATOR_OF.update({"__r" + v[2:]: k for k, v in _BINARY_METHODS.items()})


def not_implemented(builder: IRBuilder, expr: NameExpr) -> Operand | None:
    """``return NotImplemented`` in a special method, where CPython would
    then try the reflected method and fall back: identity for ``==`` and
    ``!=``, TypeError for the others.  (pyuk does not try the other
    operand's reflected method: docs/classes.md.)"""
    fn = builder.fn
    owner_name, _, method = fn.name.rpartition(".")
    c = registry(builder).by_name(owner_name)
    if c is None or method not in c.methods or len(fn.params) != 2:
        raise Unsupported(expr, "NotImplemented outside a binary special method is not "
                          "supported by pyuk")
    defn = c.methods[method][1]
    sig = proper(defn.type) if defn.type is not None else None
    assert isinstance(sig, CallableType)
    builder.program.types[expr] = sig.ret_type  # what the return statement converts from
    result = signature_of(defn).result
    self_value, other = fn.params
    if method in ("__eq__", "__ne__"):
        if not other.type.is_ref:
            return Const(method == "__ne__", BOOL)
        return builder.emit("ref.is" if method == "__eq__" else "ref.is_not",
                            [self_value, other], expr)
    other_obj: Operand = other
    if not other.type.is_ref:
        other_obj = builder.emit("box", [other], expr, result=OBJECT)
    if method in _COMPARE_NAME_CODES:
        builder.call_runtime("pyuk_raise_compare_type_error",
                             [self_value, other_obj, Const(_COMPARE_NAME_CODES[method], INT)], expr)
    elif method in _OPERATOR_OF:
        left, right = (other_obj, self_value) if method.startswith("__r") else \
            (self_value, other_obj)
        builder.call_runtime("pyuk_raise_operand_type_error",
                             [Const(_OPERATOR_OF[method], STR), left, right], expr)
    else:
        raise Unsupported(expr, f'NotImplemented in "{method}" is not supported by pyuk')
    if result.is_ref or result == VOID:
        return Const(None, NONE)
    return Const(False, BOOL) if result == BOOL else Const(0, INT) if result == INT else \
        Const(0.0, result)


_COMPARE_NAME_CODES = {"__lt__": 0, "__le__": 1, "__gt__": 4, "__ge__": 5}
