"""Classes: the program-wide analysis of every compiled class, and the
lowering of class definitions (methods, glue, descriptors).

pyuk compiles the whole program at once, so it knows every subclass of
every class: a method is called through the vtable only when some subclass
overrides it, and directly otherwise.  The analysis (``ClassRegistry``)
runs once per program, before any module is lowered, and decides for each
class:

- its kind (``pyuk.ir.classes``): plain instance, exception, named tuple,
  IntEnum, protocol;
- its instance layout: inherited fields first, then its own, one 64-bit
  word each (the GC's pointer map marks the references);
- where each class-level name lives: a compile-time constant (``Final``
  literals), a module-level global (class variables), or an instance field
  with a per-class default (class attributes that instances assign, or that
  subclasses override and instances read);
- its vtable: the methods some subclass overrides, one slot each, with glue
  functions where an override's signature has another representation;
- its special-method hooks (repr, str, eq, hash, lt), flattened;
- the protocols it conforms to, and its protocol method table.

Expressions on instances live in ``pyuk.irbuild.class_ops``.  See
docs/classes.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mypy.expandtype import expand_type
from mypy.nodes import (
    AssignmentStmt,
    CallExpr,
    ClassDef,
    Context,
    Decorator,
    Expression,
    FuncDef,
    IntExpr,
    MemberExpr,
    NameExpr,
    Node,
    OperatorAssignmentStmt,
    OverloadedFuncDef,
    PassStmt,
    RefExpr,
    StrExpr,
    TempNode,
    TypeInfo,
    UnaryExpr,
    Var,
)
from mypy.subtypes import is_subtype
from mypy.types import (
    CallableType,
    Instance,
    LiteralType,
    TupleType,
    Type,
    TypeType,
    TypeVarId,
)

from pyuk.frontend.mypy_build import TypedProgram
from pyuk.frontend.walk import walk
from pyuk.ir.classes import (
    FIELD_NO_COMPARE,
    FIELD_NO_REPR,
    KIND_ENUM,
    KIND_EXCEPTION,
    KIND_INSTANCE,
    KIND_NAMEDTUPLE,
    KIND_PROTOCOL,
    ClassIR,
    FieldIR,
    SelectorIR,
)
from pyuk.ir.nodes import Const, Function, Global, Instr, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, VOID, RType
from pyuk.irbuild.builder import IRBuilder, Unsupported, statement_handler
from pyuk.irbuild.types import UnsupportedType, proper, to_rtype

# Bases that add nothing to a class's layout or behaviour.
_TRANSPARENT_BASES = {"builtins.object", "typing.Generic", "abc.ABC", "typing.Protocol"}

# Runtime special-method tables of the builtin exception classes, for the
# flattened tables of user exception classes (runtime-c/core/exception_types.c).
_EXCEPTION_HOOKS = {"repr": "pyuk_exception_repr", "str": "pyuk_exception_str"}
_EXCEPTION_HOOKS_BY_BASE = {
    "KeyError": {"repr": "pyuk_exception_repr", "str": "pyuk_key_error_str"},
}
_OS_ERRORS = {
    "OSError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "TimeoutError", "BlockingIOError",
    "InterruptedError", "FileNotFoundError", "FileExistsError", "PermissionError",
    "ChildProcessError", "IsADirectoryError", "NotADirectoryError", "ProcessLookupError",
}

# User methods that become runtime hooks: method -> (hook, params, result)
_HOOK_METHODS: dict[str, str] = {
    "__repr__": "repr",
    "__str__": "str",
    "__eq__": "eq",
    "__hash__": "hash",
    "__lt__": "lt",
}

GLUE_SUFFIX = "<glue>"
# the vtable slot of the constructors called through class objects
NEW_SLOT = "<new>"


def new_symbol(c: ClassInfo) -> str:
    """The function that allocates and initialises a ``c`` (its slot in the
    vtable when ``cls(...)`` must build the object's own class)."""
    return f"{c.fullname}.<new>"


class ClassError(Unsupported):
    """A class-level refusal found by the analysis (reported at the class's
    module); during lowering it is reported like any Unsupported."""


@dataclass
class DataclassSpec:
    fields: list[str]  # in __init__ / repr order (inherited first)
    defaults: dict[str, Expression]  # field -> default expression
    factories: dict[str, Expression]  # field -> default_factory callee
    init: bool = True
    repr: bool = True
    eq: bool = True
    order: bool = False
    frozen: bool = False
    # field(repr=False) / field(compare=False): left out of the generated
    # __repr__, or of __eq__, the order methods and __hash__
    no_repr: set[str] = field(default_factory=set)
    no_compare: set[str] = field(default_factory=set)


@dataclass
class Signature:
    """A method's parameters (self included) and result, as IR types."""

    params: list[RType]
    result: RType  # VOID for None

    def key(self) -> tuple[tuple[str, ...], str]:
        return tuple(p.repr.value for p in self.params[1:]), self.result.repr.value


@dataclass(eq=False)
class ClassInfo:
    info: TypeInfo
    defn: ClassDef
    module: str
    kind: str = KIND_INSTANCE
    base: ClassInfo | None = None
    runtime_base: str | None = None  # "pyuk_type_Exception"...
    subclasses: list[ClassInfo] = field(default_factory=list)
    errors: list[ClassError] = field(default_factory=list)
    # layout: name -> type, inherited first
    fields: dict[str, RType] = field(default_factory=dict)
    # per-class defaults of instance fields (class-level assignments)
    defaults: dict[str, Expression] = field(default_factory=dict)
    # class-level names stored in globals: name -> global symbol (own only)
    class_vars: dict[str, Global] = field(default_factory=dict)
    class_var_values: dict[str, Expression] = field(default_factory=dict)
    # compile-time constants (Final literals), own only
    constants: dict[str, Const] = field(default_factory=dict)
    # own methods: name -> (kind, FuncDef); kind: method, static, class, property
    methods: dict[str, tuple[str, FuncDef]] = field(default_factory=dict)
    vtable: list[str] = field(default_factory=list)  # method names per slot
    vtable_symbols: list[str] = field(default_factory=list)
    glue: list[tuple[str, str, str]] = field(default_factory=list)  # (glue, impl, root)
    getters: list[tuple[str, str, str]] = field(default_factory=list)  # (fn, field, protocol)
    special: dict[str, str] = field(default_factory=dict)
    protocol_methods: dict[str, str] = field(default_factory=dict)
    dataclass: DataclassSpec | None = None
    members: list[tuple[str, int]] = field(default_factory=list)  # IntEnum, Enum
    plain_enum: bool = False  # enum.Enum: members are not ints (str(), truth, format)
    # instantiated through class objects while it has subclasses: "" when
    # it has a constructor slot (NEW_SLOT), else why it cannot
    new_slot: str | None = None
    # protocols the class conforms to but cannot be used through: why
    protocol_failures: dict[str, str] = field(default_factory=dict)
    ir: ClassIR | None = None
    # an instance of a generic class (irbuild/generics.py): its type
    # arguments, their substitution and its link name ("mod.Box<int>")
    args: list[Type] = field(default_factory=list)
    subst: dict[TypeVarId, Type] = field(default_factory=dict)
    instance_name: str | None = None

    @property
    def fullname(self) -> str:
        return self.instance_name or self.info.fullname

    @property
    def rtype(self) -> RType:
        return to_rtype(Instance(self.info, list(self.args)))

    def field_type(self, t: Type | None) -> Type | None:
        """A declared type as this class sees it (type arguments applied)."""
        return expand_type(t, self.subst) if t is not None and self.subst else t

    def ancestors(self) -> list[ClassInfo]:
        """This class, then its compiled bases, nearest first."""
        out: list[ClassInfo] = []
        c: ClassInfo | None = self
        while c is not None:
            out.append(c)
            c = c.base
        return out

    def descendants(self) -> list[ClassInfo]:
        out: list[ClassInfo] = []
        stack = list(self.subclasses)
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(c.subclasses)
        return out

    def find_method(self, name: str) -> tuple[ClassInfo, str, FuncDef] | None:
        """The method ``name`` as seen from this class: (owner, kind, defn)."""
        for c in self.ancestors():
            if name in c.methods:
                kind, defn = c.methods[name]
                return c, kind, defn
        return None

    def is_virtual(self, name: str) -> bool:
        """Whether a call of ``name`` on a receiver of this static class must
        go through the vtable: some subclass overrides it."""
        return any(name in d.methods for d in self.descendants())

    def class_var(self, name: str) -> tuple[ClassInfo, Global] | None:
        for c in self.ancestors():
            if name in c.class_vars:
                return c, c.class_vars[name]
        return None

    def constant(self, name: str) -> Const | None:
        for c in self.ancestors():
            if name in c.constants:
                return c.constants[name]
        return None

    def default_of(self, name: str) -> Expression | None:
        return self.defaults.get(name)


def method_symbol(defn: FuncDef) -> str:
    return defn.fullname


def _rtype(t: Type | None, node: Context) -> RType:
    if t is None:
        raise ClassError(node, "an attribute without a type is not supported by pyuk")
    try:
        return to_rtype(t)
    except UnsupportedType as exc:
        raise ClassError(node, f'type "{exc}" is not supported by pyuk yet') from None


def signature_of(defn: FuncDef) -> Signature:
    sig = proper(defn.type) if defn.type is not None else None
    if not isinstance(sig, CallableType):
        raise ClassError(defn, f'method "{defn.name}" has no type annotations')
    params = [_rtype(t, defn) for t in sig.arg_types]
    result = _rtype(sig.ret_type, defn)
    return Signature(params, VOID if result == NONE else result)


def _is_simple(expr: Expression) -> bool:
    """Defaults evaluated again for each instance, as CPython evaluates
    them once: literals, names, operators on them, class attributes
    (``Color.RED``) and tuples of these."""
    from mypy.nodes import TupleExpr

    from pyuk.irbuild.modules import _is_simple as simple_expression

    if simple_expression(expr):
        return True
    if isinstance(expr, MemberExpr):
        return isinstance(expr.expr, RefExpr) and isinstance(expr.expr.node, TypeInfo)
    if isinstance(expr, TupleExpr):
        return all(_is_simple(item) for item in expr.items)
    return False


def _is_trivial_body(defn: FuncDef) -> bool:
    """``...``, ``pass`` or a docstring: the body of a protocol member."""
    from mypy.nodes import EllipsisExpr, ExpressionStmt

    for stmt in defn.body.body:
        if isinstance(stmt, PassStmt):
            continue
        if isinstance(stmt, ExpressionStmt) and isinstance(stmt.expr, (EllipsisExpr, StrExpr)):
            continue
        return False
    return True


def _enum_value(expr: Expression) -> int | None:
    if isinstance(expr, IntExpr):
        return expr.value
    if isinstance(expr, UnaryExpr) and expr.op == "-" and isinstance(expr.expr, IntExpr):
        return -expr.expr.value
    return None


def _is_auto(expr: Expression) -> bool:
    return (
        isinstance(expr, CallExpr)
        and isinstance(expr.callee, RefExpr)
        and expr.callee.fullname == "enum.auto"
        and not expr.args
    )


class ClassRegistry:
    """Every class of the program, analysed once (see the module doc)."""

    def __init__(self, program: TypedProgram) -> None:
        self.program = program
        self.classes: dict[str, ClassInfo] = {}
        # instances of generic classes by IR type name ("mod.Box[int]")
        self.instance_names: dict[str, ClassInfo] = {}
        self.instance_writes: set[tuple[str, str]] = set()
        self.instance_reads: set[tuple[str, str]] = set()
        self._collect()
        self._scan_member_uses()
        for c in self._top_down():
            self._analyse(c)
        self._scan_class_calls()
        for c in self._top_down():
            self._guarded(c, self._vtable, c)
            self._guarded(c, self._special, c)
        self._guarded(None, self._protocols)
        for c in self._top_down():
            self._guarded(c, self._set_ir, c)

    # ---- collection ----

    def _collect(self) -> None:
        from pyuk.irbuild import generics

        instances = generics.class_instances(self.program).classes
        for module, tree in self.program.modules.items():
            for stmt in tree.defs:
                if isinstance(stmt, ClassDef):
                    display_module = "__main__" if module in self.program.main_modules else module
                    if generics.is_generic_class(stmt.info):
                        # one class per instantiation (Box[int], Box[str]...)
                        for inst in instances.values():
                            if inst.info is stmt.info:
                                c = ClassInfo(stmt.info, stmt, display_module, args=inst.args,
                                              subst=inst.subst, instance_name=inst.name)
                                self.classes[inst.name] = c
                                self.instance_names[inst.type_name] = c
                        continue
                    self.classes[stmt.info.fullname] = ClassInfo(stmt.info, stmt, display_module)
        for c in self.classes.values():
            self._guarded(c, self._classify, c)

    def _guarded(self, c: ClassInfo | None, fn: object, *args: object) -> None:
        try:
            fn(*args)  # type: ignore[operator]
        except ClassError as exc:
            if c is not None:
                c.errors.append(exc)
            else:
                owner = self._owner_of(exc.node)
                if owner is not None:
                    owner.errors.append(exc)

    def _owner_of(self, node: Context) -> ClassInfo | None:
        for c in self.classes.values():
            if c.defn.line <= node.line <= (c.defn.end_line or c.defn.line):
                return c
        return None

    def get(self, info: TypeInfo | None) -> ClassInfo | None:
        if info is None:
            return None
        return self.classes.get(info.fullname)

    def by_name(self, name: str) -> ClassInfo | None:
        return self.classes.get(name) or self.instance_names.get(name)

    def instances_of(self, info: TypeInfo) -> list[ClassInfo]:
        """The compiled classes of a class statement: the class, or the
        instantiations of a generic class."""
        c = self.get(info)
        if c is not None:
            return [c]
        return [i for i in self.instance_names.values() if i.info is info]

    def _top_down(self) -> list[ClassInfo]:
        """Bases before their subclasses."""
        return sorted(self.classes.values(), key=lambda c: len(c.ancestors()))

    def _classify(self, c: ClassInfo) -> None:
        info = c.info
        if info.is_protocol:
            c.kind = KIND_PROTOCOL
            return
        if info.type_vars and not c.args:
            raise ClassError(c.defn, f'generic class "{info.name}" is not supported by pyuk yet')
        bases = [
            b.type for b in info.bases
            if b.type.fullname not in _TRANSPARENT_BASES and not b.type.is_protocol
        ]
        if len(bases) > 1:
            raise ClassError(c.defn, f'multiple inheritance (class "{info.name}") is not '
                             "supported by pyuk: derive from one class")
        if not bases:
            if info.tuple_type is not None:
                raise ClassError(c.defn, "this kind of tuple class is not supported by pyuk")
            return
        base = bases[0]
        compiled = self.classes.get(base.fullname)
        if compiled is not None:
            if compiled.kind in (KIND_ENUM, KIND_NAMEDTUPLE):
                raise ClassError(c.defn, f'deriving from "{base.name}" is not supported by pyuk')
            c.base = compiled
            compiled.subclasses.append(c)
            c.kind = compiled.kind
            return
        if info.has_base("builtins.BaseException"):
            from pyuk.irbuild.exception_classes import BUILTIN_EXCEPTIONS, builtin_type_symbol

            if base.fullname.startswith("builtins.") and base.name in BUILTIN_EXCEPTIONS:
                c.kind = KIND_EXCEPTION
                c.runtime_base = builtin_type_symbol(base.name)
                return
        if base.fullname in ("enum.IntEnum", "enum.Enum"):
            # both are static boxed ints; a plain Enum member prints as
            # Class.NAME and is always true (class_ops, strings)
            c.kind = KIND_ENUM
            c.runtime_base = "pyuk_type_int"
            c.plain_enum = base.fullname == "enum.Enum"
            return
        if base.fullname == "builtins.tuple" and "namedtuple" in info.metadata:
            c.kind = KIND_NAMEDTUPLE
            return
        if base.fullname in ("enum.IntFlag", "enum.Flag", "enum.StrEnum"):
            raise ClassError(c.defn, f'"{base.fullname}" is not supported by pyuk yet: '
                             "use enum.IntEnum or enum.Enum")
        raise ClassError(c.defn, f'deriving from "{base.fullname}" is not supported by pyuk')

    # ---- uses of attributes through instances ----

    def _scan_member_uses(self) -> None:
        types = self.program.types
        for tree in self.program.modules.values():
            for node in walk(tree):
                targets: list[Node] = []
                if isinstance(node, AssignmentStmt):
                    targets = list(node.lvalues)
                elif isinstance(node, OperatorAssignmentStmt):
                    targets = [node.lvalue]
                for target in targets:
                    for t in walk(target):
                        if isinstance(t, MemberExpr):
                            self._record(t, types.get(t.expr), self.instance_writes)
                if isinstance(node, MemberExpr):
                    self._record(node, types.get(node.expr), self.instance_reads)

    def _record(self, expr: MemberExpr, t: Type | None, into: set[tuple[str, str]]) -> None:
        if t is None:
            return
        p = proper(t)
        if isinstance(p, TupleType):
            p = p.partial_fallback
        if not isinstance(p, Instance):
            return
        for base in p.type.mro:
            if expr.name in base.names:
                into.add((base.fullname, expr.name))
                return

    # ---- layout ----

    def _class_body_values(self, c: ClassInfo) -> dict[str, AssignmentStmt]:
        values: dict[str, AssignmentStmt] = {}
        for stmt in c.defn.defs.body:
            if isinstance(stmt, AssignmentStmt) and len(stmt.lvalues) == 1:
                target = stmt.lvalues[0]
                if isinstance(target, NameExpr) and not isinstance(stmt.rvalue, TempNode):
                    values[target.name] = stmt
        return values

    def _check_body(self, c: ClassInfo) -> None:
        """A class body may only define: names, methods, a docstring."""
        from mypy.nodes import EllipsisExpr, ExpressionStmt

        for stmt in c.defn.defs.body:
            if isinstance(stmt, (FuncDef, Decorator, OverloadedFuncDef, PassStmt)):
                continue
            if isinstance(stmt, ExpressionStmt) and isinstance(stmt.expr, (StrExpr,
                                                                           EllipsisExpr)):
                continue
            if isinstance(stmt, AssignmentStmt) and len(stmt.lvalues) == 1 and isinstance(
                    stmt.lvalues[0], NameExpr):
                continue
            c.errors.append(ClassError(stmt, "only attribute definitions, methods and a "
                                       "docstring are supported in a class body by pyuk"))

    def _analyse(self, c: ClassInfo) -> None:
        self._check_body(c)
        try:
            if c.kind == KIND_ENUM:
                self._analyse_enum(c)
            elif c.kind == KIND_NAMEDTUPLE:
                self._analyse_namedtuple(c)
            elif c.kind != KIND_PROTOCOL:
                self._analyse_fields(c)
        except ClassError as exc:
            c.errors.append(exc)
        try:
            self._analyse_methods(c)
        except ClassError as exc:
            c.errors.append(exc)

    def _analyse_fields(self, c: ClassInfo) -> None:
        info = c.info
        if c.base is not None:
            c.fields = dict(c.base.fields)
            c.defaults = dict(c.base.defaults)
        values = self._class_body_values(c)
        if "dataclass" in info.metadata:
            c.dataclass = self._dataclass_spec(c, values)
        dataclass_fields = set(c.dataclass.fields) if c.dataclass else set()
        for name, sym in info.names.items():
            try:
                self._analyse_name(c, name, sym.node, sym.plugin_generated, values,
                                   dataclass_fields)
            except ClassError as exc:
                c.errors.append(exc)  # one error per name; the others go on

    def _analyse_name(self, c: ClassInfo, name: str, var: object, generated: bool,
                      values: dict[str, AssignmentStmt], dataclass_fields: set[str]) -> None:
        if not isinstance(var, Var) or generated:
            return
        if name.startswith("__") and name.endswith("__"):
            if name in values and name not in ("__slots__", "__match_args__"):
                raise ClassError(values[name], f'setting "{name}" in a class body is not '
                                 "supported by pyuk")
            return
        assigned = values.get(name)
        if name in dataclass_fields:
            self._add_field(c, name, var, assigned or c.defn)
            return
        if var.is_classvar or assigned is not None:
            if assigned is None:
                raise ClassError(c.defn, f'class variable "{name}" needs a value in the '
                                 "class body in pyuk")
            self._class_level(c, name, var, assigned)
            return
        self._add_field(c, name, var, c.defn)

    def _add_field(self, c: ClassInfo, name: str, var: Var, node: Context) -> None:
        rtype = _rtype(c.field_type(var.type), node)
        existing = c.fields.get(name)
        if existing is not None and existing != rtype:
            raise ClassError(node, f'field "{name}" redeclared with another type '
                             f'("{rtype}", was "{existing}") is not supported by pyuk')
        c.fields[name] = rtype

    def _class_level(self, c: ClassInfo, name: str, var: Var, stmt: AssignmentStmt) -> None:
        value = stmt.rvalue
        if var.is_final and var.final_value is not None and not var.is_classvar:
            const = _constant(var.final_value)
            if const is not None:
                c.constants[name] = const
                return
        key = (c.fullname, name)
        overridden = any(name in d.info.names for d in c.descendants())
        inherited_field = name in c.fields
        if (
            (key in self.instance_writes and not var.is_classvar)
            or inherited_field
            or (overridden and key in self.instance_reads)
        ):
            # an instance attribute with a class-level default: instances
            # assign it, or read it where a subclass gives it another value
            # (ClassVars too: reads through instances see the object's class)
            self._add_field(c, name, var, stmt)
            if not _is_simple(value):
                raise ClassError(value, f'the class-level default of "{name}" is shared by '
                                 "every instance in CPython; pyuk supports only literals "
                                 "there: set it in __init__")
            c.defaults[name] = value
            return
        rtype = _rtype(c.field_type(var.type), stmt)
        c.class_vars[name] = Global(f"{c.fullname}.{name}", rtype)
        c.class_var_values[name] = value

    def _dataclass_spec(self, c: ClassInfo, values: dict[str, AssignmentStmt]) -> DataclassSpec:
        attributes = c.info.metadata["dataclass"].get("attributes", [])
        spec = DataclassSpec([a["name"] for a in attributes], {}, {})
        for a in attributes:
            if a.get("is_init_var") or not a.get("is_in_init", True) or a.get("kw_only"):
                raise ClassError(c.defn, f'dataclass field "{a["name"]}" with InitVar, '
                                 "init=False or kw_only is not supported by pyuk yet")
        if c.base is not None and c.base.dataclass is not None:
            spec.defaults.update(c.base.dataclass.defaults)
            spec.factories.update(c.base.dataclass.factories)
            spec.no_repr.update(c.base.dataclass.no_repr)
            spec.no_compare.update(c.base.dataclass.no_compare)
        elif c.base is not None and c.base.fields:
            raise ClassError(c.defn, "a dataclass deriving from a class with fields is not "
                             "supported by pyuk yet")
        for name in spec.fields:
            stmt = values.get(name)
            if stmt is None:
                continue
            value = stmt.rvalue
            spec.no_repr.discard(name)  # a field restated: its own field() applies
            spec.no_compare.discard(name)
            if (isinstance(value, CallExpr) and isinstance(value.callee, RefExpr)
                    and value.callee.fullname == "dataclasses.field"):
                self._dataclass_field_call(spec, name, value)
            else:
                if not _is_simple(value):
                    raise ClassError(value, "dataclass defaults must be literals in pyuk: use "
                                     "field(default_factory=...) for other values")
                spec.defaults[name] = value
                spec.factories.pop(name, None)
        for deco in c.defn.decorators:
            if isinstance(deco, CallExpr):
                for arg_name, arg in zip(deco.arg_names, deco.args, strict=True):
                    flag = arg.fullname == "builtins.True" if isinstance(arg, NameExpr) else None
                    if arg_name in ("init", "repr", "eq", "order", "frozen") and flag is not None:
                        setattr(spec, arg_name, flag)
                    elif arg_name in ("slots", "match_args") and flag is not None:
                        pass
                    else:
                        raise ClassError(arg, f'@dataclass({arg_name}=...) is not supported by '
                                         "pyuk yet")
        if (c.base is not None and c.base.dataclass is not None
                and c.base.dataclass.frozen != spec.frozen):
            raise ClassError(c.defn, "a frozen dataclass deriving from a non-frozen one (or the "
                             "reverse) is refused by CPython")
        return spec

    def _dataclass_field_call(self, spec: DataclassSpec, name: str, call: CallExpr) -> None:
        for arg_name, arg in zip(call.arg_names, call.args, strict=True):
            if arg_name == "default":
                spec.defaults[name] = arg
            elif arg_name == "default_factory":
                spec.factories[name] = arg
            elif arg_name in ("repr", "compare") and _field_flag(arg) is not None:
                if not _field_flag(arg):
                    (spec.no_repr if arg_name == "repr" else spec.no_compare).add(name)
            elif (arg_name == "init" and _field_flag(arg)) or (
                    arg_name == "hash" and isinstance(arg, NameExpr)
                    and arg.fullname == "builtins.None"):
                pass  # the defaults
            else:
                raise ClassError(arg, f'field({arg_name}=...) is not supported by pyuk yet')

    def _analyse_enum(self, c: ClassInfo) -> None:
        values = self._class_body_values(c)
        last = 0
        for name, sym in c.info.names.items():
            var = sym.node
            if not isinstance(var, Var) or name.startswith("_"):
                continue
            stmt = values.get(name)
            if stmt is None:
                continue
            value = _enum_value(stmt.rvalue)
            if value is None and _is_auto(stmt.rvalue):
                value = last + 1
            if value is None:
                raise ClassError(stmt.rvalue, "enum members must be int literals or auto() "
                                 "in pyuk")
            c.members.append((name, value))
            last = value

    def _analyse_namedtuple(self, c: ClassInfo) -> None:
        tuple_type = c.info.tuple_type
        assert tuple_type is not None
        names = list(c.info.metadata["namedtuple"].get("fields", []))
        if not names:
            names = [n for n, s in c.info.names.items()
                     if isinstance(s.node, Var) and s.node.is_property]
        values = self._class_body_values(c)
        for name, item in zip(names, tuple_type.items, strict=False):
            c.fields[name] = _rtype(item, c.defn)
            if name in values:
                if not _is_simple(values[name].rvalue):
                    raise ClassError(values[name].rvalue, "named tuple defaults must be "
                                     "literals in pyuk")
                c.defaults[name] = values[name].rvalue

    # ---- methods ----

    def _analyse_methods(self, c: ClassInfo) -> None:
        self._analyse_own_methods(c)
        if c.args:  # an instance of a generic class: its own copy of each method
            from pyuk.irbuild import generics

            inst = generics.class_instances(self.program).classes[to_rtype(
                Instance(c.info, list(c.args))).name]
            c.methods = {name: (kind, generics.method_copy(self.program, defn, inst))
                         for name, (kind, defn) in c.methods.items()}

    def _analyse_own_methods(self, c: ClassInfo) -> None:
        for name, sym in c.info.names.items():
            node = sym.node
            if sym.plugin_generated:
                continue
            if isinstance(node, FuncDef):
                c.methods[name] = ("method", node)
            elif isinstance(node, Decorator):
                func = node.func
                if node.decorators:
                    raise ClassError(node, f'this decorator on "{name}" is not supported by pyuk')
                if func.is_property:
                    c.methods[name] = ("property", func)
                elif func.is_static:
                    c.methods[name] = ("static", func)
                elif func.is_class:
                    c.methods[name] = ("class", func)
                else:
                    c.methods[name] = ("method", func)
            elif isinstance(node, OverloadedFuncDef):
                what = "a property setter" if node.is_property else "an overloaded method"
                raise ClassError(node, f"{what} is not supported by pyuk yet")
        if c.kind == KIND_ENUM and c.methods:
            first = next(iter(c.methods.values()))[1]
            raise ClassError(first, "methods in enum classes are not supported by pyuk yet")
        for name, (kind, defn) in c.methods.items():
            if c.base is None:
                continue
            found = c.base.find_method(name)
            if found is not None and kind != found[1] and name != "__init__":
                raise ClassError(defn, f'overriding a {found[1]} "{name}" with a {kind} is not '
                                 "supported by pyuk")
            if found is not None and kind == "static":
                raise ClassError(defn, f'overriding the staticmethod "{name}" is not supported '
                                 "by pyuk yet: make it a classmethod")

    # ---- virtual constructors: cls(...) and type[C] values ----

    def _scan_class_calls(self) -> None:
        """Classes instantiated through a class object (``cls(...)`` in a
        classmethod, a ``type[C]`` parameter) whose subclasses exist get a
        constructor slot: ``C.<new>`` allocates the object's class."""
        for tree in self.program.modules.values():
            for node in walk(tree):
                if not isinstance(node, CallExpr) or not isinstance(node.callee, NameExpr):
                    continue
                if isinstance(node.callee.node, TypeInfo):
                    continue
                t = self.program.types.get(node.callee)
                p = proper(t) if t is not None else None
                c: ClassInfo | None = None
                if isinstance(p, TypeType):
                    item = proper(p.item)
                    c = self.get(item.type) if isinstance(item, Instance) else None
                elif isinstance(p, CallableType) and p.is_type_obj():
                    c = self.get(p.type_object())  # the constructor's type
                if c is None or not c.subclasses or c.new_slot is not None:
                    continue
                c.new_slot = self._new_slot_error(c)

    def _new_slot_error(self, c: ClassInfo) -> str:
        """"" when every class below ``c`` can be built with ``c``'s
        constructor arguments, else why not."""
        if c.kind != KIND_INSTANCE:
            return f'creating "{c.info.name}" objects from a class object is not supported ' \
                "by pyuk yet"
        want = self.constructor_signature(c)
        for d in c.descendants():
            if self.constructor_signature(d) != want:
                return f'"{d.info.name}" takes other constructor arguments than ' \
                    f'"{c.info.name}": creating it through a class object is not supported ' \
                    "by pyuk"
        return ""

    def constructor_signature(self, c: ClassInfo) -> tuple[str, ...]:
        init = c.find_method("__init__")
        if init is not None:
            return tuple(p.name for p in signature_of(init[2]).params[1:])
        if c.dataclass is not None and c.dataclass.init:
            return tuple(c.fields[f].name for f in c.dataclass.fields)
        return ()

    def _vtable(self, c: ClassInfo) -> None:
        if c.kind == KIND_PROTOCOL:
            return
        c.vtable = list(c.base.vtable) if c.base is not None else []
        if c.new_slot == "" and NEW_SLOT not in c.vtable:
            c.vtable.append(NEW_SLOT)
        for name, (kind, _) in c.methods.items():
            if name == "__init__" or kind == "static" or name in c.vtable:
                continue
            if c.is_virtual(name):
                c.vtable.append(name)
        for name in c.vtable:
            if name == NEW_SLOT:
                c.vtable_symbols.append(new_symbol(c))
                continue
            found = c.find_method(name)
            assert found is not None
            owner, _, impl = found
            root = self._slot_root(c, name)
            symbol = method_symbol(impl)
            if root is not impl and signature_of(root).key() != signature_of(impl).key():
                glue = f"{symbol}{GLUE_SUFFIX}"
                if owner is c:
                    c.glue.append((glue, symbol, method_symbol(root)))
                symbol = glue
            c.vtable_symbols.append(symbol)

    def _slot_root(self, c: ClassInfo, name: str) -> FuncDef:
        """The method that introduced the slot: its signature is the slot's."""
        root: FuncDef | None = None
        for a in c.ancestors():
            if name in a.methods:
                root = a.methods[name][1]
        assert root is not None
        return root

    def _special(self, c: ClassInfo) -> None:
        if c.kind in (KIND_PROTOCOL,):
            return
        hooks: dict[str, str] = {}
        if c.kind == KIND_EXCEPTION:
            runtime_base = c.ancestors()[-1].runtime_base or ""
            base_name = runtime_base.removeprefix("pyuk_type_")
            hooks.update(_EXCEPTION_HOOKS)
            if base_name in _EXCEPTION_HOOKS_BY_BASE:
                hooks.update(_EXCEPTION_HOOKS_BY_BASE[base_name])
            elif base_name in _OS_ERRORS:
                hooks["str"] = "pyuk_os_error_str"
        if c.kind == KIND_ENUM:
            hooks.update(repr="pyuk_enum_repr",
                         str="pyuk_enum_str_name" if c.plain_enum else "pyuk_enum_str")
        if c.kind == KIND_NAMEDTUPLE:
            hooks["repr"] = "pyuk_namedtuple_repr"
        for a in reversed(c.ancestors()):
            spec = a.dataclass
            if spec is not None:
                if spec.repr:
                    hooks["repr"] = "pyuk_dataclass_repr"
                if spec.eq:
                    hooks["eq"] = "pyuk_dataclass_eq"
                    hooks["hash"] = "pyuk_dataclass_hash" if spec.frozen else \
                        "pyuk_instance_unhashable"
                if spec.order:
                    hooks["lt"] = "pyuk_dataclass_lt"
            defines_eq = False
            defines_hash = False
            for method, hook in _HOOK_METHODS.items():
                if method not in a.methods:
                    continue
                kind, defn = a.methods[method]
                if kind != "method":
                    continue
                if method == "__eq__":
                    defines_eq = True
                if method == "__hash__":
                    defines_hash = True
                symbol = self._hook_symbol(a, method, hook, defn)
                if symbol is not None:
                    hooks[hook] = symbol
            frozen_eq = spec is not None and spec.eq and spec.frozen
            if defines_eq and not defines_hash and not frozen_eq:
                # __eq__ without __hash__ sets __hash__ to None (a frozen
                # dataclass adds its generated __hash__ back)
                hooks["hash"] = "pyuk_instance_unhashable"
        c.special = hooks

    def _hook_symbol(self, owner: ClassInfo, method: str, hook: str, defn: FuncDef) -> str | None:
        """The function to put in the hook, when the method's signature is
        the hook's (self and other are references; the results match)."""
        sig = signature_of(defn)
        expected = {"repr": STR, "str": STR, "hash": INT, "eq": BOOL, "lt": BOOL}[hook]
        if sig.result != expected:
            return None
        if hook in ("eq", "lt") and (len(sig.params) != 2 or not sig.params[1].is_ref):
            return None
        if hook in ("repr", "str", "hash") and len(sig.params) != 1:
            return None
        return method_symbol(defn)

    # ---- protocols ----

    def protocol_members(self, proto: ClassInfo) -> list[str]:
        out = []
        for name, sym in proto.info.names.items():
            if name.startswith("__") and name.endswith("__") and name not in _HOOK_METHODS \
                    and name not in ("__len__", "__getitem__", "__contains__", "__iter__",
                                     "__bool__"):
                continue
            if isinstance(sym.node, (FuncDef, Decorator, Var)):
                out.append(name)
        return out

    def selector(self, proto: ClassInfo, member: str) -> str:
        return f"{proto.fullname}.{member}"

    def selector_signature(self, proto: ClassInfo, member: str) -> Signature:
        sym = proto.info.names[member]
        node = sym.node
        if isinstance(node, Decorator):
            node = node.func
        if isinstance(node, FuncDef):
            sig = signature_of(node)
            if node.is_property:
                return Signature(sig.params[:1], sig.result)
            return sig
        assert isinstance(node, Var)
        return Signature([proto.rtype], _rtype(node.type, proto.defn))

    def conforms(self, c: ClassInfo, proto: ClassInfo) -> bool:
        if c.kind == KIND_PROTOCOL:
            return False
        return bool(is_subtype(Instance(c.info, list(c.args)), Instance(proto.info, [])))

    def _protocols(self) -> None:
        protocols = [p for p in self.classes.values() if p.kind == KIND_PROTOCOL]
        for proto in protocols:
            for _name, (_, defn) in proto.methods.items():
                if not _is_trivial_body(defn):
                    proto.errors.append(ClassError(defn, "protocol methods with a body are not "
                                                   "supported by pyuk: give each class its own"))
            if proto.info.type_vars:
                proto.errors.append(ClassError(proto.defn, "generic protocols are not "
                                               "supported by pyuk yet"))
                continue
            for c in self.classes.values():
                if not self.conforms(c, proto):
                    continue
                saved = (list(c.glue), list(c.getters), dict(c.protocol_methods))
                try:
                    for member in self.protocol_members(proto):
                        self._protocol_entry(c, proto, member)
                except ClassError as exc:
                    # the class cannot be used through this protocol: an
                    # error where the program converts it (class_dispatch)
                    c.glue, c.getters, c.protocol_methods = saved
                    c.protocol_failures[proto.fullname] = exc.message

    def _protocol_entry(self, c: ClassInfo, proto: ClassInfo, member: str) -> None:
        selector = self.selector(proto, member)
        want = self.selector_signature(proto, member)
        found = c.find_method(member)
        if found is not None:
            _owner, kind, impl = found
            if kind in ("static", "class"):
                raise ClassError(impl, f'a {kind}method cannot implement the protocol member '
                                 f'"{member}" in pyuk')
            have = signature_of(impl)
            symbol = method_symbol(impl)
            if kind == "property":
                have = Signature(have.params[:1], have.result)
            if have.key() != want.key() or (kind == "property" and not _is_property_member(
                    proto, member)):
                if not _glue_possible(want, have):
                    raise ClassError(impl, f'"{member}" of "{c.info.name}" has types the '
                                     f'protocol "{proto.info.name}" would need converted '
                                     "(an int where a float is expected)")
                glue = f"{c.fullname}.{member}<{proto.info.name}>"
                c.glue.append((glue, symbol, selector))
                symbol = glue
            c.protocol_methods[selector] = symbol
            return
        if member in c.fields:
            getter = f"{c.fullname}.{member}<get>"
            if getter not in [g for g, _, _ in c.getters]:
                c.getters.append((getter, member, selector))
            c.protocol_methods[selector] = getter
            return
        if c.class_var(member) is not None or c.constant(member) is not None:
            getter = f"{c.fullname}.{member}<get>"
            if getter not in [g for g, _, _ in c.getters]:
                c.getters.append((getter, member, selector))
            c.protocol_methods[selector] = getter
            return
        raise ClassError(c.defn, f'"{c.info.name}" implements the protocol member "{member}" '
                         "in a way pyuk does not support yet")

    # ---- ClassIR ----

    def _set_ir(self, c: ClassInfo) -> None:
        c.ir = self._class_ir(c)

    def _class_ir(self, c: ClassInfo) -> ClassIR:
        base: str | None = None
        base_is_runtime = False
        if c.base is not None:
            base = c.base.fullname
        elif c.runtime_base is not None:
            base, base_is_runtime = c.runtime_base, True
        cls = ClassIR(c.fullname, c.info.name, c.module, kind=c.kind, base=base,
                      base_is_runtime=base_is_runtime,
                      fields=[FieldIR(n, t) for n, t in c.fields.items()],
                      vtable=list(c.vtable_symbols), special=dict(c.special),
                      protocol_methods=dict(c.protocol_methods),
                      members=list(c.members), has_subclasses=bool(c.subclasses))
        if c.dataclass is not None and (c.dataclass.repr or c.dataclass.eq):
            cls.repr_fields = list(c.dataclass.fields)
            for name in cls.repr_fields:
                flags = ((FIELD_NO_REPR if name in c.dataclass.no_repr else 0)
                         | (FIELD_NO_COMPARE if name in c.dataclass.no_compare else 0))
                if flags:
                    cls.field_flags[name] = flags
        if c.kind == KIND_NAMEDTUPLE:
            cls.repr_fields = list(c.fields)
        if c.kind == KIND_PROTOCOL:
            for member in self.protocol_members(c):
                try:
                    sig = self.selector_signature(c, member)
                except ClassError:
                    continue
                cls.selectors.append(SelectorIR(self.selector(c, member), sig.params[1:],
                                                sig.result))
        return cls


def _is_property_member(proto: ClassInfo, member: str) -> bool:
    node = proto.info.names[member].node
    if isinstance(node, Decorator):
        return node.func.is_property
    return isinstance(node, Var)


def _constant(value: object) -> Const | None:
    if isinstance(value, bool):
        return Const(value, BOOL)
    if isinstance(value, int):
        if -(2**63) <= value < 2**63:
            return Const(value, INT)
        return None
    if isinstance(value, float):
        return Const(value, FLOAT)
    if isinstance(value, str):
        return Const(value, STR)
    return None


# ---- the registry of the program being compiled ----

_CURRENT: tuple[TypedProgram, ClassRegistry] | None = None


def registry(builder: IRBuilder) -> ClassRegistry:
    global _CURRENT
    if _CURRENT is None or _CURRENT[0] is not builder.program:
        _CURRENT = (builder.program, ClassRegistry(builder.program))
    return _CURRENT[1]


def class_of_type(builder: IRBuilder, t: Type) -> ClassInfo | None:
    """The compiled class of an instance type (literal and tuple forms too)."""
    p = proper(t)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, TupleType):
        p = p.partial_fallback
    if isinstance(p, Instance):
        from pyuk.irbuild import generics

        name = generics.instance_of_type(builder, p)  # Box[int] of a generic Box
        if name is not None:
            return registry(builder).instance_names.get(name)
        return registry(builder).get(p.type)
    return None


def class_of_rtype(builder: IRBuilder, rtype: RType) -> ClassInfo | None:
    return registry(builder).by_name(rtype.name) if rtype.is_ref else None


def class_of_type_object(builder: IRBuilder, t: Type) -> ClassInfo | None:
    """The class of a ``type[C]`` value or of a class used as a value."""
    p = proper(t)
    if isinstance(p, TypeType):
        return class_of_type(builder, p.item)
    if isinstance(p, CallableType) and p.is_type_obj():
        if p.type_object().type_vars:  # Box(3): the instance the call makes
            return class_of_type(builder, p.ret_type)
        return registry(builder).get(p.type_object())
    return None


# ---- lowering a class definition ----


def lower_class_functions(builder: IRBuilder, defn: ClassDef) -> None:
    """The functions of a class (at module level): methods, generated
    methods, glue; and its descriptor."""
    reg = registry(builder)
    if reg.get(defn.info) is None and defn.info.type_vars:
        for instance in reg.instances_of(defn.info):  # a generic class
            _lower_class_functions(builder, defn, instance)
        return
    _lower_class_functions(builder, defn, reg.get(defn.info))


def _lower_class_functions(builder: IRBuilder, defn: ClassDef, c: ClassInfo | None) -> None:
    if c is None:
        builder.error(defn, "this class is not supported by pyuk")
        return
    for error in c.errors:
        builder.error(error.node, error.message)
    if c.errors or c.ir is None:
        return
    builder.module.classes.append(c.ir)
    for g in c.class_vars.values():
        builder.globals[g.name] = g
        builder.module.globals.append(g)
    if c.kind == KIND_PROTOCOL:
        return
    from pyuk.irbuild.modules import _lower_function

    for name, (_kind, method) in c.methods.items():
        if name == "__iter__" and iterated_field(c) is not None:
            continue  # loops over the instance iterate the field itself
        if _is_trivial_body(method) and signature_of(method).result != VOID:
            _lower_abstract(builder, method)
            continue
        fn = _lower_function(builder, method)
        if fn is not None:
            builder.module.functions.append(fn)
    if c.dataclass is not None and c.dataclass.init and "__init__" not in c.methods:
        _lower_dataclass_init(builder, c)
    if NEW_SLOT in c.vtable:
        _lower_new(builder, c)
    for glue, impl, root in c.glue:
        _lower_glue(builder, c, glue, impl, root)
    for getter, member, selector in c.getters:
        _lower_getter(builder, c, getter, member, selector)


@statement_handler(ClassDef)
def lower_class_statement(builder: IRBuilder, defn: ClassDef) -> None:
    """What runs when the class statement executes: its class variables
    get their values."""
    reg = registry(builder)
    if reg.get(defn.info) is None and defn.info.type_vars and builder.fn.display == "<module>":
        for instance in reg.instances_of(defn.info):  # a generic class
            _lower_class_statement(builder, defn, instance)
        return
    _lower_class_statement(builder, defn, reg.get(defn.info))


def _lower_class_statement(builder: IRBuilder, defn: ClassDef, c: ClassInfo | None) -> None:
    if c is None or builder.fn.display != "<module>" or c.defn is not defn:
        raise Unsupported(defn, "classes defined inside functions or blocks are not supported "
                          "by pyuk: define them at module level")
    if c.errors:
        return
    from pyuk.irbuild.closures import store_module_defaults
    from pyuk.irbuild.coerce import coerce

    for _kind, method in c.methods.values():
        store_module_defaults(builder, method)  # non-literal defaults, evaluated once
    for name, g in c.class_vars.items():
        value_expr = c.class_var_values[name]
        value = builder.expr(value_expr)
        value = coerce(builder, value, builder.rtype_of(value_expr), g.type, value_expr)
        builder.add(Instr("global.store", args=[value], symbol=g.name))


def _lower_abstract(builder: IRBuilder, defn: FuncDef) -> None:
    """A method whose body is ``...`` (abstract methods, protocol-like
    stubs) and that should return a value: CPython would return None,
    which the type says cannot happen; pyuk raises NotImplementedError."""
    from pyuk.irbuild.modules import _lower_function

    fn = _lower_function(builder, defn)
    if fn is None:
        return
    fn.name = method_symbol(defn)
    fn.line = defn.line
    # the body was empty: replace its end with the raise
    block = fn.blocks[-1]
    if block.instrs and block.instrs[-1].op == "unreachable":
        block.instrs.pop()
    exc = Register("exc", RType("NotImplementedError", STR.repr))
    fn.registers.append(exc)
    block.instrs.append(Instr("exc.new", exc, [], symbol="pyuk_type_NotImplementedError",
                              line=defn.line))
    block.instrs.append(Instr("exc.raise", args=[exc], line=defn.line))
    builder.module.functions.append(fn)


def iterated_field(c: ClassInfo) -> str | None:
    """The field that ``__iter__`` iterates when its body is
    ``return iter(self.<field>)``: loops over instances iterate the field."""
    from mypy.nodes import ExpressionStmt, ReturnStmt

    found = c.find_method("__iter__")
    if found is None:
        return None
    defn = found[2]
    body = [s for s in defn.body.body
            if not (isinstance(s, ExpressionStmt) and isinstance(s.expr, StrExpr))]
    if len(body) == 1 and isinstance(body[0], ReturnStmt):
        value = body[0].expr
        if (isinstance(value, CallExpr) and isinstance(value.callee, RefExpr)
                and value.callee.fullname == "builtins.iter" and len(value.args) == 1):
            inner = value.args[0]
            self_name = defn.arguments[0].variable.name
            if (isinstance(inner, MemberExpr) and isinstance(inner.expr, NameExpr)
                    and inner.expr.name == self_name and inner.name in c.fields):
                return inner.name
    return None


def _lower_new(builder: IRBuilder, c: ClassInfo) -> None:
    """``<Class>.<new>(cls, args...)``: allocate a ``c``, store its field
    defaults, run its ``__init__``; the constructor slot's entry."""
    from pyuk.irbuild.class_ops import initialise

    init = c.find_method("__init__")
    if init is not None:
        param_types = signature_of(init[2]).params[1:]
    elif c.dataclass is not None and c.dataclass.init:
        param_types = [c.fields[f] for f in c.dataclass.fields]
    else:
        param_types = []
    cls = Register("cls", RType(f"type[{c.fullname}]", STR.repr))
    params = [cls] + [Register(f"a{i}", t) for i, t in enumerate(param_types)]
    fn = Function(new_symbol(c), params, c.rtype, "", c.defn.line)
    previous = builder.begin_function(fn)
    try:
        obj = initialise(builder, c, list(params[1:]), c.defn)
        builder.add(Instr("return", args=[obj]))
    except Unsupported as exc:
        builder.error(exc.node, exc.message)
    builder.end_function(previous)
    builder.module.functions.append(fn)


def _lower_dataclass_init(builder: IRBuilder, c: ClassInfo) -> None:
    """The __init__ @dataclass generates: one parameter per field."""
    assert c.dataclass is not None
    self_reg = Register("self", c.rtype)
    params = [self_reg] + [Register(name, c.fields[name]) for name in c.dataclass.fields]
    fn = Function(f"{c.fullname}.__init__", params, VOID, "__init__", c.defn.line,
                  file=_file_if_not_main(builder))
    previous = builder.begin_function(fn)
    for reg in params[1:]:
        builder.add(Instr("field.set", args=[self_reg, reg], symbol=f"{c.fullname}.{reg.name}"))
    post_init = c.find_method("__post_init__")
    if post_init is not None:
        builder.add(Instr("call", args=[self_reg], symbol=method_symbol(post_init[2]),
                          line=c.defn.line))
    builder.end_function(previous)
    builder.module.functions.append(fn)


def _file_if_not_main(builder: IRBuilder) -> str:
    return "" if builder.file == builder.module.file else builder.file


def _convertible(src: RType, dst: RType) -> bool:
    """Whether ``convert`` can take a value of ``src`` to ``dst``."""
    return src in (dst, NONE) or src.is_ref or dst.is_ref


def _glue_possible(want: Signature, have: Signature) -> bool:
    """Glue from the signature callers use (``want``) to an implementation's
    (``have``): arguments one way, the result the other."""
    return len(want.params) == len(have.params) and all(
        _convertible(w, h) for w, h in zip(want.params[1:], have.params[1:], strict=True)
    ) and (want.result == VOID or have.result == VOID or _convertible(have.result, want.result))


def convert(builder: IRBuilder, value: Operand, src: RType, dst: RType, node: Context) -> Operand:
    """A value of IR type ``src`` as ``dst`` where both describe the same
    value (glue code): references stay, numbers are boxed or unboxed."""
    if src == dst or (src.is_ref and dst.is_ref):
        return value
    if src == NONE:
        return Const(None, NONE) if dst.is_ref else value
    if dst.is_ref:
        return builder.emit("box", [value], node, result=dst)
    if src.is_ref:
        return builder.emit("unbox", [value], node, result=dst)
    raise Unsupported(node, f'converting "{src}" to "{dst}" is not supported by pyuk')


def _signature_of_symbol(c: ClassInfo, registry_: ClassRegistry, symbol: str) -> Signature:
    """The signature of a method or protocol selector symbol."""
    owner_name, member = symbol.rsplit(".", 1)
    owner = registry_.by_name(owner_name)
    assert owner is not None
    if owner.kind == KIND_PROTOCOL:
        return registry_.selector_signature(owner, member)
    return signature_of(owner.methods[member][1])


def _lower_glue(builder: IRBuilder, c: ClassInfo, glue: str, impl: str, root: str) -> None:
    """A function with the slot's (or selector's) signature that calls
    ``impl``, converting arguments and result between representations."""
    reg = registry(builder)
    want = _signature_of_symbol(c, reg, root)
    impl_owner, impl_name = impl.rsplit(".", 1)
    owner = reg.by_name(impl_owner)
    assert owner is not None
    kind, defn = owner.methods[impl_name]
    have = signature_of(defn)
    if kind == "property":
        have = Signature(have.params[:1], have.result)
    params = [Register(f"a{i}", t) for i, t in enumerate(want.params)]
    fn = Function(glue, params, want.result, "", defn.line)
    previous = builder.begin_function(fn)
    try:
        args: list[Operand] = [params[0]]
        for p, t in zip(params[1:], have.params[1:], strict=True):
            args.append(convert(builder, p, p.type, t, defn))
        dest = builder.temp(have.result) if have.result != VOID else None
        builder.add(Instr("call", dest, args, symbol=impl, line=defn.line))
        if want.result == VOID:
            builder.add(Instr("return"))
        elif dest is None:
            builder.add(Instr("return", args=[Const(None, NONE)]))
        else:
            builder.add(Instr("return", args=[convert(builder, dest, have.result, want.result,
                                                      defn)]))
    except Unsupported as exc:
        builder.error(exc.node, exc.message)
    builder.end_function(previous)
    builder.module.functions.append(fn)


def _lower_getter(builder: IRBuilder, c: ClassInfo, getter: str, member: str,
                  selector: str) -> None:
    """A protocol attribute read as a function of the instance."""
    reg = registry(builder)
    want = _signature_of_symbol(c, reg, selector)
    self_reg = Register("self", c.rtype)
    fn = Function(getter, [self_reg], want.result, "", c.defn.line)
    previous = builder.begin_function(fn)
    try:
        if member in c.fields:
            value: Operand = builder.emit("field.get", [self_reg], c.defn, result=c.fields[member])
            value_type = c.fields[member]
            builder.state.block.instrs[-1].symbol = f"{c.fullname}.{member}"
        else:
            const = c.constant(member)
            if const is not None:
                value, value_type = const, const.type
            else:
                found = c.class_var(member)
                assert found is not None
                g = found[1]
                value = builder.temp(g.type)
                builder.add(Instr("global.load", value, symbol=g.name))
                value_type = g.type
        builder.add(Instr("return", args=[convert(builder, value, value_type, want.result,
                                                  c.defn)]))
    except Unsupported as exc:
        builder.error(exc.node, exc.message)
    builder.end_function(previous)
    builder.module.functions.append(fn)


def _field_flag(arg: Expression) -> bool | None:
    """True/False written in a field(...) argument; None for anything else."""
    if isinstance(arg, NameExpr) and arg.fullname in ("builtins.True", "builtins.False"):
        return arg.fullname == "builtins.True"
    return None
