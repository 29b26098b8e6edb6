"""Generic functions, compiled by monomorphization: one copy of the function
per instantiation, so that ``first(xs: list[T]) -> T`` called with a
``list[int]`` reads unboxed ints, and with a ``list[str]`` references.

mypy checks a generic function once, with its type variables in the
expression types; a call's callee expression has the instantiated
signature.  Matching the two gives the instance's type arguments; the
instance is lowered from the same tree with every type the builder reads
expanded (``builder.TYPE_SUBSTITUTIONS``).  Functions over value-restricted
type variables (``TypeVar("N", int, float)``) are checked by mypy as one
expanded copy per value (``FuncDef.expanded``): the instance is the copy.

Bounded type variables need nothing more: the instance knows the concrete
class, so a method called on a ``T`` dispatches like on that class.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mypy.argmap import map_actuals_to_formals
from mypy.expandtype import expand_type
from mypy.maptype import map_instance_to_supertype
from mypy.nodes import (
    ARG_STAR,
    ARG_STAR2,
    FUNC_NO_INFO,
    CallExpr,
    Context,
    Expression,
    FuncDef,
    MemberExpr,
    NameExpr,
    RefExpr,
    TypeInfo,
)
from mypy.types import (
    CallableType,
    Instance,
    TupleType,
    Type,
    TypeAliasType,
    TypeType,
    TypeVarId,
    TypeVarType,
    UninhabitedType,
    UnionType,
    get_proper_type,
)

from pyuk.frontend.mypy_build import TypedProgram
from pyuk.ir.nodes import Const, Function, Instr, Operand, Register
from pyuk.ir.types import NONE, VOID
from pyuk.irbuild import builder as builder_module
from pyuk.irbuild.builder import FunctionState, IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.types import UnsupportedType, canonical_name

Substitution = dict[TypeVarId, Type]


@dataclass
class _Program:
    instances: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)
    # id(FunctionState) -> (state, its substitution, instance key)
    states: dict[int, tuple[FunctionState, Substitution, str]] = field(default_factory=dict)


_PROGRAMS: dict[int, tuple[TypedProgram, _Program]] = {}


def _program(builder: IRBuilder) -> _Program:
    entry = _PROGRAMS.get(id(builder.program))
    if entry is None or entry[0] is not builder.program:
        _PROGRAMS.clear()  # one program at a time
        entry = (builder.program, _Program())
        _PROGRAMS[id(builder.program)] = entry
        from pyuk.irbuild.closures import analysis

        analysis(builder.program)  # before any type is read: builtins passed as values
    return entry[1]


# ---- the substitution of the function being built ----


def current(builder: IRBuilder) -> tuple[Substitution, str] | None:
    """The substitution and instance key of the function being built."""
    state = builder._state
    if state is None:
        return None
    entry = _program(builder).states.get(id(state))
    if entry is None or entry[0] is not state:
        return None
    return entry[1], entry[2]


def instance_key(builder: IRBuilder) -> str:
    """Tells apart the copies of one function (for nested functions)."""
    found = current(builder)
    return found[1] if found is not None else ""


def set_substitution(builder: IRBuilder, subst: Substitution, key: str) -> None:
    """Gives the function being built a substitution (a generic instance, or
    a function nested in one)."""
    state = builder.state
    _program(builder).states[id(state)] = (state, subst, key)


def _substitute(builder: IRBuilder, t: Type) -> Type:
    found = current(builder)
    if found is None or not found[0]:
        return t
    return expand_type(t, found[0])


if _substitute not in builder_module.TYPE_SUBSTITUTIONS:
    builder_module.TYPE_SUBSTITUTIONS.append(_substitute)


class _SubstitutingTypes(dict[Expression, Type]):
    """``program.types`` while generic instances are built: lowering code
    that reads it directly (not through ``builder.type_of``) sees the
    instance's types too."""

    builder: IRBuilder | None = None

    def get(self, key: Expression, default: Type | None = None) -> Type | None:  # type: ignore[override]
        t = super().get(key, default)
        return t if t is None or self.builder is None else _substitute(self.builder, t)

    def __getitem__(self, key: Expression) -> Type:
        t = super().__getitem__(key)
        return t if self.builder is None else _substitute(self.builder, t)


def _install(builder: IRBuilder) -> None:
    types = builder.program.types
    if not isinstance(types, _SubstitutingTypes):
        types = _SubstitutingTypes(types)
        builder.program.types = types
    types.builder = builder


# ---- matching a generic signature against an instantiated one ----


def is_generic_function(defn: FuncDef) -> bool:
    t = get_proper_type(defn.type) if defn.type is not None else None
    return isinstance(t, CallableType) and bool(t.variables)


def match(generic: Type, concrete: Type, out: Substitution) -> None:
    """Binds the type variables of ``generic`` to the parts of ``concrete``
    in the same places."""
    g = get_proper_type(generic)
    c = get_proper_type(concrete)
    if isinstance(g, TypeVarType):
        if g.id not in out and not isinstance(c, UninhabitedType):
            out[g.id] = concrete
        return
    if isinstance(g, Instance) and isinstance(c, Instance):
        if c.type is not g.type and g.type in c.type.mro:
            c = map_instance_to_supertype(c, g.type)
        if c.type is g.type:
            for ga, ca in zip(g.args, c.args, strict=False):
                match(ga, ca, out)
        return
    if isinstance(g, TupleType) and isinstance(c, TupleType):
        for ga, ca in zip(g.items, c.items, strict=False):
            match(ga, ca, out)
        return
    if isinstance(g, TupleType) and isinstance(c, Instance) and c.args:
        for ga in g.items:
            match(ga, c.args[0], out)
        return
    if isinstance(g, Instance) and isinstance(c, TupleType) and g.type.fullname == (
        "builtins.tuple"
    ) and g.args and c.items:
        match(g.args[0], c.items[0], out)
        return
    if isinstance(g, CallableType) and isinstance(c, CallableType):
        for ga, ca in zip(g.arg_types, c.arg_types, strict=False):
            match(ga, ca, out)
        match(g.ret_type, c.ret_type, out)
        return
    if isinstance(g, TypeType) and isinstance(c, TypeType):
        match(g.item, c.item, out)
        return
    if isinstance(g, UnionType):
        _match_union(g, c, out)


def _match_union(g: UnionType, c: Type, out: Substitution) -> None:
    """``T | None`` against ``int | None`` (or ``int``): the items that are not
    type variables match themselves; a lone type variable takes the rest."""
    pc = get_proper_type(c)
    concrete_items = list(pc.items) if isinstance(pc, UnionType) else [c]
    fixed = {canonical_name(i) for i in g.items
             if not isinstance(get_proper_type(i), TypeVarType)}
    rest = [i for i in concrete_items if canonical_name(i) not in fixed]
    variables = [get_proper_type(i) for i in g.items
                 if isinstance(get_proper_type(i), TypeVarType)]
    if len(variables) == 1 and rest:
        var = variables[0]
        assert isinstance(var, TypeVarType)
        value = rest[0] if len(rest) == 1 else UnionType.make_union(rest)
        match(var, value, out)


def substitution_for(builder: IRBuilder, defn: FuncDef, instantiated: CallableType,
                     node: Context) -> Substitution:
    generic = get_proper_type(defn.type)
    assert isinstance(generic, CallableType)
    subst: Substitution = {}
    for g, c in zip(generic.arg_types, instantiated.arg_types, strict=False):
        match(g, c, subst)
    match(generic.ret_type, instantiated.ret_type, subst)
    missing = [v.name for v in generic.variables if v.id not in subst]
    if missing:
        raise Unsupported(node, f'the type of "{missing[0]}" in this call of "{defn.name}" '
                          "is not known: pyuk compiles one copy per type; annotate the "
                          "arguments")
    return subst


# ---- instances ----


def _mangle(name: str) -> str:
    out = name.replace(" | ", "_or_").replace(", ", "__").replace(",", "__")
    return out.replace("[", "<").replace("]", ">").replace(" ", "")


def _arguments(defn: FuncDef, subst: Substitution) -> tuple[str, ...]:
    generic = get_proper_type(defn.type)
    assert isinstance(generic, CallableType)
    return tuple(canonical_name(subst[v.id]) for v in generic.variables)


def instantiate(builder: IRBuilder, defn: FuncDef, subst: Substitution, node: Context
                ) -> tuple[str, CallableType]:
    """The link name and signature of ``defn``'s instance for ``subst``,
    compiling it the first time."""
    generic = get_proper_type(defn.type)
    assert isinstance(generic, CallableType)
    # type arguments may mention the caller's type variables: make them concrete
    outer = current(builder)
    if outer is not None and outer[0]:
        subst = {k: expand_type(v, outer[0]) for k, v in subst.items()}
    try:
        args = _arguments(defn, subst)
    except UnsupportedType as exc:
        raise Unsupported(node, f'"{defn.name}" with a type argument of type "{exc}" is not '
                          "supported by pyuk: give the arguments precise types") from None
    sig = expand_type(generic, subst)
    assert isinstance(sig, CallableType)
    sig = sig.copy_modified(variables=[])
    program = _program(builder)
    _install(builder)
    key = (defn.fullname, args)
    symbol = program.instances.get(key)
    if symbol is not None:
        return symbol, sig
    symbol = f"{defn.fullname}<{'__'.join(_mangle(a) for a in args)}>"
    program.instances[key] = symbol
    copy = _expanded_copy(defn, sig)
    if copy is not None:
        _lower(builder, copy, sig, symbol, {}, node)
    else:
        _lower(builder, defn, sig, symbol, subst, node)
    return symbol, sig


def _expanded_copy(defn: FuncDef, sig: CallableType) -> FuncDef | None:
    """mypy's copy of a function over value-restricted type variables for
    these argument types."""
    generic = get_proper_type(defn.type)
    if not isinstance(generic, CallableType) or not any(
        isinstance(v, TypeVarType) and v.values for v in generic.variables
    ):
        return None
    wanted = [canonical_name(t) for t in sig.arg_types]
    for copy in defn.expanded:
        t = get_proper_type(copy.type)
        if isinstance(copy, FuncDef) and isinstance(t, CallableType) and [
            canonical_name(a) for a in t.arg_types
        ] == wanted:
            return copy
    return None


def _lower(builder: IRBuilder, defn: FuncDef, sig: CallableType, symbol: str,
           subst: Substitution, node: Context) -> None:
    from pyuk.irbuild.closures import _file_if_not_main

    try:
        params = [Register(arg.variable.name, builder.rtype(t, defn))
                  for arg, t in zip(defn.arguments, sig.arg_types, strict=True)]
        ret = builder.rtype(sig.ret_type, defn)
    except Unsupported as exc:
        builder.error(exc.node, exc.message)
        return
    fn = Function(symbol, params, VOID if ret == NONE else ret, defn.name, defn.line,
                  file=_file_if_not_main(builder))
    previous = builder.begin_function(fn)
    set_substitution(builder, subst, symbol)
    for arg, reg in zip(defn.arguments, params, strict=True):
        builder.state.locals[arg.variable] = reg
    builder.block_of(defn.body.body)
    builder.end_function(previous)
    builder.module.functions.append(fn)


# ---- calls and values ----


def _generic_callee(builder: IRBuilder, call: CallExpr) -> FuncDef | None:
    callee = call.callee
    if not isinstance(callee, (NameExpr, MemberExpr)):
        return None
    defn = callee.node
    if not isinstance(defn, FuncDef) or not is_generic_function(defn):
        return None
    if defn.info is not FUNC_NO_INFO:
        return None  # methods: the classes lowering
    if defn.fullname.rsplit(".", 1)[0] not in builder.program.modules:
        return None
    return defn


def _call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    defn = _generic_callee(builder, call)
    if defn is None:
        return None
    instantiated = get_proper_type(builder.type_of(call.callee))
    if not isinstance(instantiated, CallableType) or instantiated.variables:
        raise Unsupported(call, f'this call of the generic function "{defn.name}" is not '
                          "supported by pyuk: its type arguments are not known")
    subst = substitution_for(builder, defn, instantiated, call)
    symbol, sig = instantiate(builder, defn, subst, call)
    if any(kind in (ARG_STAR, ARG_STAR2) for kind in call.arg_kinds):
        raise Unsupported(call, "*args and **kwargs in calls are not supported by pyuk")
    from pyuk.irbuild.closures import note_expected_types

    note_expected_types(builder, call, sig)
    values = [(builder.expr(a), builder.rtype_of(a), a) for a in call.args]
    formal_to_actual = map_actuals_to_formals(
        call.arg_kinds, call.arg_names, sig.arg_kinds, sig.arg_names,
        lambda i: builder.type_of(call.args[i]),
    )
    args: list[Operand] = []
    for formal, actuals in enumerate(formal_to_actual):
        param_type = builder.rtype(sig.arg_types[formal], call)
        if actuals:
            value, vtype, node = values[actuals[0]]
            args.append(coerce(builder, value, vtype, param_type, node))
            continue
        default = defn.arguments[formal].initializer
        from pyuk.irbuild.closures import is_literal_default

        if default is None or not is_literal_default(default):
            raise Unsupported(call, "a generic function's default value that is not a "
                              "literal is not supported by pyuk: pass the argument")
        args.append(coerce(builder, builder.expr(default), builder.rtype_of(default),
                           param_type, default))
    ret = builder.rtype(sig.ret_type, call)
    ret = VOID if ret == NONE else ret
    dest = builder.temp(ret) if ret != VOID else None
    builder.add(Instr("call", dest, args, symbol=symbol, line=call.line))
    if isinstance(get_proper_type(sig.ret_type), UninhabitedType):
        builder.add(Instr("unreachable"))
    return dest if dest is not None else Const(None, NONE)


def function_value(builder: IRBuilder, expr: RefExpr) -> tuple[str, CallableType]:
    """A generic function used as a value: its instance for the type the
    context gave it (``apply(first, xs)``)."""
    defn = expr.node
    assert isinstance(defn, FuncDef)
    t = get_proper_type(builder.type_of(expr))
    if not isinstance(t, CallableType) or t.variables:
        raise Unsupported(expr, f'the generic function "{defn.name}" as a value is not '
                          "supported by pyuk here: its type arguments are not known")
    subst = substitution_for(builder, defn, t, expr)
    return instantiate(builder, defn, subst, expr)


def _register() -> None:
    from pyuk.irbuild import calls

    if _call_hook not in calls.CALL_HOOKS:
        calls.CALL_HOOKS.insert(0, _call_hook)


_register()


# ---- generic classes ----
#
# A generic class is compiled once per instantiation (``Box[int]``,
# ``Box[str]``): each is a class of its own for the classes lowering
# (irbuild/classes.py), with its own layout (a ``T`` field of a ``Box[int]``
# is an unboxed int), descriptor and methods.  The instantiations are found
# before the classes are analysed, by a walk over every type of the
# program: the types in non-generic code, then the types in the bodies of
# the instances found so far (with their type arguments), until no new one
# appears.  A method of an instance is a copy of the method's FuncDef that
# shares its body, with the instance's signature and link name; its body is
# lowered with the instance's substitution.


@dataclass
class ClassInstance:
    info: object  # mypy TypeInfo
    args: list[Type]
    subst: Substitution
    name: str  # link name: "mod.Box<int>"
    type_name: str  # canonical IR type name: "mod.Box[int]"


@dataclass
class _Discovery:
    classes: dict[str, ClassInstance] = field(default_factory=dict)  # by type_name
    # method copy -> (its instance's substitution, the instance's name)
    methods: dict[int, tuple[FuncDef, Substitution, str]] = field(default_factory=dict)


_DISCOVERIES: dict[int, tuple[TypedProgram, _Discovery]] = {}


def is_generic_class(info: object) -> bool:
    from mypy.nodes import TypeInfo

    return isinstance(info, TypeInfo) and bool(info.type_vars) and not info.is_protocol


def instance_name(info_fullname: str, args: list[Type]) -> str:
    return f"{info_fullname}<{'__'.join(_mangle(canonical_name(a)) for a in args)}>"


def _has_type_vars(t: Type) -> bool:
    from mypy.types import TypeVarLikeType

    stack = [t]
    while stack:
        p = get_proper_type(stack.pop())
        if isinstance(p, TypeVarLikeType):
            return True
        stack.extend(_type_children(p))
    return False


def _type_children(p: Type) -> list[Type]:
    if isinstance(p, Instance):
        return list(p.args)
    if isinstance(p, TupleType):
        return list(p.items)
    if isinstance(p, UnionType):
        return list(p.items)
    if isinstance(p, CallableType):
        return [*p.arg_types, p.ret_type]
    if isinstance(p, TypeType):
        return [p.item]
    return []


def _inhabited(arg: Type, info: TypeInfo) -> Type:
    """A type argument mypy inferred as Never (``Box(-1)`` called for its
    exception, ``LRUCache(0)``) holds no values: its methods are compiled
    with ``object`` (an instance of Never would be compiled from void)."""
    if isinstance(get_proper_type(arg), UninhabitedType):
        return Instance(info.mro[-1], [])
    return arg


def class_instances(program: TypedProgram) -> _Discovery:
    """Every instantiation of the program's generic classes (computed once)."""
    cached = _DISCOVERIES.get(id(program))
    if cached is not None and cached[0] is program:
        return cached[1]
    found = _Discovery()
    _DISCOVERIES.clear()
    _DISCOVERIES[id(program)] = (program, found)
    _discover(program, found)
    return found


def _discover(program: TypedProgram, found: _Discovery) -> None:
    from mypy.nodes import ClassDef, Decorator, FuncItem, Node, Var

    from pyuk.frontend.walk import children

    functions_seen: set[tuple[str, tuple[str, ...]]] = set()
    work: list[tuple[Node, Substitution]] = [(tree, {}) for tree in program.modules.values()]

    def is_template(node: Node) -> bool:
        if isinstance(node, ClassDef):
            return is_generic_class(node.info)
        if isinstance(node, Decorator):
            node = node.func
        return isinstance(node, FuncDef) and is_generic_function(node) and (
            node.info is FUNC_NO_INFO)

    def note_type(t: Type, subst: Substitution) -> None:
        if subst:
            t = expand_type(t, subst)
        stack = [t]
        while stack:
            top = stack.pop()
            if isinstance(top, TypeAliasType) and top.is_recursive:
                continue  # typeshed's _ClassInfo (isinstance) expands forever
            p = get_proper_type(top)
            stack.extend(_type_children(p))
            if isinstance(p, Instance) and is_generic_class(p.type) and (
                p.type.module_name in program.modules
            ) and p.args and not any(_has_type_vars(a) for a in p.args):
                try:
                    type_name = canonical_name(p)
                except UnsupportedType:
                    continue
                if type_name in found.classes:
                    continue
                info = p.type
                class_subst: Substitution = {
                    tv.id: _inhabited(arg, info)
                    for tv, arg in zip(info.defn.type_vars, p.args, strict=False)
                }
                found.classes[type_name] = ClassInstance(
                    info, list(p.args), class_subst, instance_name(info.fullname, list(p.args)),
                    type_name)
                work.append((info.defn.defs, class_subst))
                for sym in info.names.values():
                    if isinstance(sym.node, Var) and sym.node.type is not None:
                        note_type(sym.node.type, class_subst)

    def note_call(node: Node, subst: Substitution) -> None:
        from mypy.nodes import CallExpr as Call
        from mypy.nodes import RefExpr as Ref

        callee = node.callee if isinstance(node, Call) else node
        if not isinstance(callee, Ref) or not isinstance(callee.node, FuncDef):
            return
        defn = callee.node
        if not is_generic_function(defn) or defn.info is not FUNC_NO_INFO:
            return
        t = program.types.get(callee)
        if t is None:
            return
        t = expand_type(t, subst) if subst else t
        inst = get_proper_type(t)
        if not isinstance(inst, CallableType) or inst.variables:
            return
        generic = get_proper_type(defn.type)
        assert isinstance(generic, CallableType)
        fsubst: Substitution = {}
        for g, c in zip(generic.arg_types, inst.arg_types, strict=False):
            match(g, c, fsubst)
        match(generic.ret_type, inst.ret_type, fsubst)
        if any(v.id not in fsubst or _has_type_vars(fsubst[v.id]) for v in generic.variables):
            return
        try:
            key = (defn.fullname, _arguments(defn, fsubst))
        except UnsupportedType:
            return  # refused where the instance is compiled
        if key not in functions_seen:
            functions_seen.add(key)
            work.append((defn.body, fsubst))

    while work:
        root, subst = work.pop()
        stack: list[Node] = [root]
        while stack:
            node = stack.pop()
            if node is not root and is_template(node):
                continue
            t = program.types.get(node) if isinstance(node, Expression) else None
            if t is not None:
                note_type(t, subst)
            if isinstance(node, FuncItem) and node.type is not None:
                note_type(node.type, subst)
            note_call(node, subst)
            stack.extend(children(node))


def method_copy(builder_program: TypedProgram, defn: FuncDef, inst: ClassInstance) -> FuncDef:
    """The method ``defn`` of a generic class as a method of ``inst``: same
    body, the instance's signature and link name."""
    found = class_instances(builder_program)
    sig = get_proper_type(expand_type(defn.type, inst.subst)) if defn.type is not None else None
    sig = sig if isinstance(sig, CallableType) else None
    source = _expanded_method(defn, sig, inst.subst) if sig is not None else None
    if source is None:
        source = defn
    copy = FuncDef(defn.name, source.arguments, source.body, sig)
    copy._fullname = f"{inst.name}.{defn.name}"
    copy.info = defn.info
    copy.is_property = defn.is_property
    copy.is_static = defn.is_static
    copy.is_class = defn.is_class
    copy.is_decorated = defn.is_decorated
    copy.is_overload = defn.is_overload
    copy.set_line(defn)
    copy.end_line = defn.end_line
    found.methods[id(copy)] = (copy, inst.subst, inst.name)
    return copy


def _expanded_method(defn: FuncDef, sig: CallableType, subst: Substitution) -> FuncDef | None:
    """mypy's copy of a method of a class over value-restricted type
    variables (``Generic[N]``, ``N = TypeVar("N", int, str)``) for this
    instance: mypy type-checks the copies, not the method itself."""
    wanted = [canonical_name(t) for t in [*sig.arg_types, sig.ret_type]]
    for copy in defn.expanded:
        t = get_proper_type(expand_type(copy.type, subst)) if copy.type is not None else None
        if isinstance(copy, FuncDef) and isinstance(t, CallableType) and [
            canonical_name(a) for a in [*t.arg_types, t.ret_type]
        ] == wanted:
            return copy
    return None


def enter_method(builder: IRBuilder, defn: FuncDef) -> None:
    """Called when a function's body starts: a method of a generic class's
    instance gets the instance's substitution."""
    entry = class_instances(builder.program).methods.get(id(defn))
    if entry is not None and entry[0] is defn:
        _install(builder)
        set_substitution(builder, entry[1], entry[2])


def instance_of_type(builder: IRBuilder, t: Type) -> str | None:
    """The canonical name of the generic class instance of type ``t`` (in
    the function being built), or None."""
    p = get_proper_type(t)
    if not isinstance(p, Instance) or not is_generic_class(p.type) or (
        p.type.module_name not in builder.program.modules
    ):
        return None
    found = current(builder)
    if found is not None and found[0]:
        p = get_proper_type(expand_type(p, found[0]))
        assert isinstance(p, Instance)
    try:
        return canonical_name(p)
    except UnsupportedType:
        return None
