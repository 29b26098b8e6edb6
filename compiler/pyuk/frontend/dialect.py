"""The dialect checker: refuses, early and all at once, every construct
that pyuk does not compile.

It runs after mypy has type-checked the program and before the IR is
built, over every compiled module (the program's and pyuk's stdlib), and
reports each construct outside the dialect as

    file:line:col: error: <what> is not supported by pyuk[: <what to do instead>]

(mypy's format, column 1-based).  docs/dialect.md states the dialect; the
tables below are where it is decided, so keep the two in step.  The IR
builder still refuses what it cannot compile (``Unsupported``), in the same
format: this checker's job is to say no precisely and completely for what
is outside the language, not for what is merely not implemented yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from mypy.checkexpr import has_any_type
from mypy.join import join_types
from mypy.nodes import (
    ARG_STAR,
    ARG_STAR2,
    GDEF,
    AssignmentStmt,
    AwaitExpr,
    CallExpr,
    CastExpr,
    ClassDef,
    ComplexExpr,
    Context,
    Decorator,
    DelStmt,
    DictExpr,
    DictionaryComprehension,
    Expression,
    ForStmt,
    FuncDef,
    FuncItem,
    GeneratorExpr,
    Import,
    ImportAll,
    ImportBase,
    ImportFrom,
    LambdaExpr,
    ListComprehension,
    ListExpr,
    MatchStmt,
    MemberExpr,
    MypyFile,
    NameExpr,
    NewTypeExpr,
    Node,
    OperatorAssignmentStmt,
    OverloadedFuncDef,
    ParamSpecExpr,
    RefExpr,
    ReturnStmt,
    SetComprehension,
    SetExpr,
    StarExpr,
    StrExpr,
    SymbolNode,
    TryStmt,
    TupleExpr,
    TypeAlias,
    TypeAliasExpr,
    TypeApplication,
    TypedDictExpr,
    TypeInfo,
    TypeVarExpr,
    TypeVarTupleExpr,
    Var,
    WithStmt,
    YieldExpr,
    YieldFromExpr,
)
from mypy.types import (
    AnyType,
    CallableArgument,
    CallableType,
    EllipsisType,
    Instance,
    Overloaded,
    ProperType,
    TupleType,
    Type,
    TypeAliasType,
    TypeList,
    TypeOfAny,
    TypeType,
    UnboundType,
    UnionType,
    get_proper_type,
)

from pyuk.diagnostics import Diagnostics
from pyuk.frontend.mypy_build import TypedProgram
from pyuk.frontend.walk import children

# ---------------------------------------------------------------------------
# What the dialect is made of.  Other parts of the compiler read these.

# Modules that pyuk provides itself (besides the program's own modules and
# pyuk's stdlib/): their typeshed stubs describe them, the compiler and the
# runtime implement what the dialect uses of them.
PROVIDED_MODULES: frozenset[str] = frozenset({
    "__future__",
    "typing",
    "typing_extensions",
    "collections",  # only the names PROVIDED_NAMES lists
    "collections.abc",
    "sys",
    "dataclasses",
    "abc",  # ABC as a base and @abstractmethod (docs/classes.md)
    "enum",
    "time",  # clocks and sleep: irbuild/system.py
    "math",  # functions and constants: irbuild/math_module.py
    "heapq",  # heappush, heappop...: irbuild/heapq_module.py
    "string",  # its constants: irbuild/string_module.py
    "random",  # CPython's generator: irbuild/random_module.py
    "functools",  # reduce: irbuild/functools_module.py
    "itertools",  # where pyuk iterates: irbuild/itertools_module.py
})

# Provided modules of which pyuk compiles only some names: module -> those
# names (what else the module has is refused where it is imported or used).
PROVIDED_NAMES: dict[str, frozenset[str]] = {
    # deque: irbuild/deque_module.py; defaultdict, Counter: irbuild/collections_module.py
    "collections": frozenset({"abc", "deque", "defaultdict", "Counter"}),
    "functools": frozenset({"reduce"}),  # irbuild/functools_module.py
    # where pyuk iterates: irbuild/itertools_module.py
    "itertools": frozenset({
        "chain", "product", "permutations", "combinations", "combinations_with_replacement",
        "accumulate", "islice", "count", "repeat", "zip_longest", "pairwise"}),
}

# Decorators of functions and classes that pyuk compiles (full names).
# ``dataclasses.dataclass`` may be called with keyword arguments.
SUPPORTED_DECORATORS: frozenset[str] = frozenset({
    "builtins.staticmethod",
    "builtins.classmethod",
    "builtins.property",
    "dataclasses.dataclass",
    "typing.final",
    "abc.abstractmethod",
    "typing_extensions.final",
    "typing.override",
    "typing_extensions.override",
})

# Builtins that need an interpreter, introspection or an operating system
# that a unikernel does not have: name -> what to do instead.
REFUSED_BUILTINS: dict[str, str] = {
    "eval": "the program is compiled ahead of time and cannot run code from a string",
    "exec": "the program is compiled ahead of time and cannot run code from a string",
    "compile": "the program is compiled ahead of time and cannot run code from a string",
    "globals": "use the module's variables by name",
    "locals": "use the variables by name",
    "vars": "use the attributes by name",
    "dir": "use the attributes by name",
    "__import__": "import modules with an import statement at the top of the module",
    "breakpoint": "there is no debugger in a compiled program",
    "input": "a unikernel has no standard input",
    "open": "a unikernel has no file system",
    "help": "there is no interactive help in a compiled program",
    "exit": "use sys.exit()",
    "quit": "use sys.exit()",
    "memoryview": "use bytes or bytearray",
    "complex": "complex numbers are not part of the dialect",
}

# Special methods that make attribute access or object lifetime dynamic.
REFUSED_METHODS: dict[str, str] = {
    "__getattr__": "declare the attributes in the class",
    "__getattribute__": "declare the attributes in the class",
    "__setattr__": "declare the attributes in the class",
    "__delattr__": "declare the attributes in the class",
    "__del__": "release resources explicitly, with a method or try/finally",
    "__new__": "initialise instances in __init__",
    "__init_subclass__": "",
    "__class_getitem__": "make the class Generic[T]",
    "__set_name__": "",
    "__get__": "",
    "__set__": "",
    "__delete__": "",
    "__instancecheck__": "",
    "__subclasscheck__": "",
    "__dir__": "",
    "__prepare__": "",
}

# Attributes that typeshed types with Any and that pyuk compiles with a real
# type (e.args holds the exception's constructor arguments).
ANY_TYPED_ATTRIBUTES: frozenset[str] = frozenset({"builtins.BaseException.args"})

# Bases that do not count as inheritance (Protocol bases are checked apart).
_NEUTRAL_BASES = {"builtins.object", "typing.Generic"}

_ANY_NAMES = {"typing.Any", "typing_extensions.Any"}

# Names every module has in CPython that a compiled program does not.
REFUSED_MODULE_NAMES: dict[str, str] = {
    "__file__": "a compiled program has no source file at run time",
    "__doc__": "",
    "__spec__": "",
    "__loader__": "",
    "__package__": "",
    "__builtins__": "",
    "__path__": "",
    "__cached__": "",
    "__annotations__": "",
}

_REFUSED_ATTRIBUTES = {
    "__dict__": "use the attributes by name",
    "__code__": "",
    "__globals__": "",
    "__closure__": "",
}


def _unprovided_name(module: str, name: str) -> str:
    provided = ", ".join(f"{module}.{n}" for n in sorted(PROVIDED_NAMES[module]))
    return _not_supported(f'"{module}.{name}"', f"of {module}, pyuk provides {provided}")


def _not_supported(what: str, instead: str = "") -> str:
    message = f"{what} is not supported by pyuk"
    return f"{message}: {instead}" if instead else message


# ---------------------------------------------------------------------------


@dataclass
class _Scope:
    """Where the walk is: the enclosing class and function (innermost)."""

    cls: TypeInfo | None = None
    function: FuncItem | None = None
    in_comprehension: bool = False
    in_type_expression: bool = False  # class bases, TypeVar(...), aliases


@dataclass
class DialectChecker:
    program: TypedProgram
    diagnostics: Diagnostics
    file: str = ""
    tree: MypyFile | None = None
    # expressions whose container type was declared (annotation, parameter)
    declared: set[int] = field(default_factory=set)
    # callees (their parameter types do not make values Any), and nodes
    # that have an error already
    exempt: set[int] = field(default_factory=set)
    star_targets: set[int] = field(default_factory=set)
    reported: set[int] = field(default_factory=set)

    # ---- driver ----

    def check(self) -> None:
        for name in sorted(self.program.modules):
            tree = self.program.modules[name]
            self.tree = tree
            self.file = self.program.path_of(name)
            self.declared = set()
            self.exempt = set()
            self.reported = set()
            self._imports(tree)
            for stmt in tree.defs:
                self._visit(stmt, _Scope())

    def error(self, node: Context, message: str) -> None:
        self.diagnostics.error(self.file, node.line, node.column + 1, message)
        self.exempt.add(id(node))  # one error per node: not Any on top
        self.reported.add(id(node))

    def type_of(self, expr: Expression) -> Type | None:
        return self.program.types.get(expr)

    # ---- imports ----

    def _imports(self, tree: MypyFile) -> None:
        for stmt in tree.imports:
            if isinstance(stmt, Import):
                names = [name for name, _ in stmt.ids]
            elif isinstance(stmt, (ImportFrom, ImportAll)):
                names = [stmt.id]
            else:
                continue
            for name in names:
                if not is_provided_module(name, self.program):
                    self.error(stmt, _not_supported(
                        f'module "{name}"',
                        "import the program's own modules and those docs/dialect.md lists",
                    ))
            if isinstance(stmt, ImportFrom) and stmt.id in PROVIDED_NAMES:
                for imported, _ in stmt.names:
                    if imported not in PROVIDED_NAMES[stmt.id]:
                        self.error(stmt, _unprovided_name(stmt.id, imported))
            elif isinstance(stmt, ImportAll) and stmt.id in PROVIDED_NAMES:
                self.error(stmt, _not_supported(
                    f'"from {stmt.id} import *"', "import the names pyuk provides"))

    # ---- the walk ----

    def _visit(self, node: Node, scope: _Scope) -> None:
        if isinstance(node, CallExpr):
            self.exempt.add(id(node.callee))
        check = _CHECKS.get(type(node))
        if check is not None:
            check(self, node, scope)
        inner = self._inner_scope(node, scope)
        if isinstance(node, AssignmentStmt) and _is_special_form(node):
            # TypeVar(...), type aliases: type expressions, not values
            types_only = replace(inner, in_type_expression=True)
            for target in node.lvalues:
                self._visit(target, inner)
            self._visit(node.rvalue, types_only)
            return
        if isinstance(node, ClassDef):
            if node.info is not None and node.info.typeddict_type is not None:
                return  # reported as a whole
            types_only = replace(scope, in_type_expression=True)
            for expr in [*node.base_type_exprs, *_opt(node.metaclass)]:
                self._visit(expr, types_only)
            for expr in [*node.decorators, *node.keywords.values()]:
                self._visit(expr, scope)
            self._visit(node.defs, inner)
            return
        for child in children(node):
            self._visit(child, inner)
        if isinstance(node, Expression) and not scope.in_type_expression:
            self._check_any(node)  # after the parts: an error there explains it

    def _inner_scope(self, node: Node, scope: _Scope) -> _Scope:
        if isinstance(node, ClassDef):
            return _Scope(cls=node.info)
        if isinstance(node, FuncItem):
            return replace(scope, function=node, in_comprehension=False)
        if isinstance(node, (ListComprehension, SetComprehension, DictionaryComprehension,
                             GeneratorExpr)):
            return replace(scope, in_comprehension=True)
        return scope

    # ---- Any ----

    def _check_any(self, expr: Expression) -> None:
        """Reports an expression whose type holds ``Any`` where the ``Any``
        comes from: not its parts (reported themselves), not names of the
        program's own variables (reported where they got their type)."""
        t = self.type_of(expr)
        if t is None or id(expr) in self.exempt or not _has_any_value_type(t):
            return
        if isinstance(expr, RefExpr) and self._is_compiled_symbol(expr.node):
            return
        if isinstance(expr, (LambdaExpr, FuncItem, *_DISPLAYS)):
            # lambdas: _check_lambda; displays take their type from their
            # items (checked themselves) or from the context (a declaration)
            return
        for child in children(expr):
            if id(child) in self.reported:
                return
            if isinstance(child, _DISPLAYS):
                continue  # a display's Any comes from its context: this expression
            if isinstance(child, Expression) and id(child) not in self.exempt:
                ct = self.type_of(child)
                if ct is not None and _has_any_value_type(ct):
                    return
        if isinstance(expr, CallExpr) and (
            id(expr.callee) in self.reported or self._declared_any(expr.callee)
        ):
            return  # the callee's error, or its declaration, says it
        if isinstance(expr, RefExpr) and expr.fullname in _ANY_NAMES:
            return  # the explicit Any itself is reported by _check_name
        if isinstance(expr, (NameExpr, MemberExpr)) and isinstance(expr.node, TypeInfo):
            return  # a class used as a value (its constructor's signature)
        if isinstance(expr, MemberExpr) and self._allowed_any_attribute(expr):
            return
        proper = get_proper_type(t)
        shown = "Any" if isinstance(proper, AnyType) else str(t).replace("builtins.", "")
        self.error(expr, _not_supported(
            f'an expression of type "{shown}"',
            "the value's type must be known at compile time; give it a precise type",
        ))

    def _declared_any(self, callee: Expression) -> bool:
        """A compiled function whose declaration has Any (reported there);
        a generic one whose Any mypy inferred at this call is not."""
        if not isinstance(callee, RefExpr) or not self._is_compiled_symbol(callee.node):
            return False
        node = callee.node
        declared = node.type if isinstance(node, (FuncDef, Var)) else None
        return declared is None or has_any_type(declared)

    def _allowed_any_attribute(self, expr: MemberExpr) -> bool:
        """Attributes typeshed types with Any that pyuk gives a real type."""
        owner = get_proper_type(self.type_of(expr.expr))
        if isinstance(owner, Instance):
            for base in owner.type.mro:
                if f"{base.fullname}.{expr.name}" in ANY_TYPED_ATTRIBUTES:
                    return True
        return False

    def _is_compiled_symbol(self, node: SymbolNode | None) -> bool:
        if node is None:
            return False
        if isinstance(node, Var) and node.is_inferred is False and node.type is not None:
            return self._symbol_module(node) in self.program.modules
        if isinstance(node, (Var, FuncDef, Decorator, OverloadedFuncDef, TypeInfo)):
            return self._symbol_module(node) in self.program.modules
        return False

    def _symbol_module(self, node: SymbolNode) -> str:
        fullname = node.fullname
        while fullname and fullname not in self.program.modules and "." in fullname:
            fullname = fullname.rsplit(".", 1)[0]
        if fullname in self.program.modules:
            return fullname
        # locals have bare names: they live in the module being checked
        return self.tree.fullname if self.tree is not None and "." not in node.fullname else ""

    def check_annotation(self, t: Type | None, node: Context,
                         analyzed: Type | None = None) -> bool:
        """An annotation as written (mypy's unanalyzed type): Any, and
        Callable[..., T].  ``analyzed`` is what mypy made of it: an Any there
        that no name gives away (imported under another name, in a class
        body...) is reported at the annotation.  Returns whether it reported
        an error."""
        if t is None:
            return False
        before = len(self.diagnostics.items)
        if analyzed is not None and _has_explicit_any(analyzed) and not any(
            (isinstance(p, UnboundType) and self.resolve(p.name) in _ANY_NAMES)
            or isinstance(p, EllipsisType)  # Callable[..., T]: reported below
            for p, _ in _unanalyzed_parts(t)
        ):
            self.error(t if t.line >= 0 else node, _not_supported(
                '"Any"', "give a precise type (a union, a Protocol, a TypeVar or object)"))
        for part, parent in _unanalyzed_parts(t):
            if isinstance(part, UnboundType):
                full = self.resolve(part.name)
                if full in _ANY_NAMES:
                    self.error(part if part.line >= 0 else node, _not_supported(
                        '"Any"',
                        "give a precise type (a union, a Protocol, a TypeVar or object)",
                    ))
                elif (full in ("typing.Callable", "collections.abc.Callable")
                      and part.args and isinstance(part.args[0], EllipsisType)):
                    self.error(part if part.line >= 0 else node, _not_supported(
                        '"Callable[..., T]"',
                        'list the parameter types, as in "Callable[[int, str], T]"',
                    ))
            del parent
        return len(self.diagnostics.items) > before

    def resolve(self, name: str) -> str:
        """The full name of a name as written in an annotation."""
        assert self.tree is not None
        head, _, rest = name.partition(".")
        symbol = self.tree.names.get(head)
        if symbol is None or symbol.node is None:
            return name
        full = symbol.node.fullname
        return f"{full}.{rest}" if rest else full


def _type_parts(t: Type, into_type_objects: bool) -> Iterator[ProperType]:
    """Every proper type inside ``t``; each type alias is expanded once, so
    a recursive alias (``JSON = list["JSON"] | ...``) ends."""
    stack = [t]
    seen_aliases: set[TypeAliasType] = set()
    while stack:
        part = stack.pop()
        if isinstance(part, TypeAliasType):
            if part in seen_aliases:
                continue
            seen_aliases.add(part)
        p = get_proper_type(part)
        yield p
        if isinstance(p, Instance):
            stack.extend(p.args)
        elif isinstance(p, (TupleType, UnionType)):
            stack.extend(p.items)
        elif isinstance(p, CallableType) and (into_type_objects or not p.is_type_obj()):
            stack.extend([*p.arg_types, p.ret_type])
        elif isinstance(p, Overloaded):
            stack.extend(p.items)
        elif isinstance(p, TypeType):
            stack.append(p.item)


_WALKED_INTO = (Instance, TupleType, UnionType, CallableType, Overloaded, TypeType)


def _has_any_value_type(t: Type) -> bool:
    """mypy's ``has_any_type(t, ignore_in_type_obj=True)``, except that a
    fixed tuple is only its items: the fallback mypy gives a concatenation
    (``t + (3,)``) is ``tuple[Any, ...]``, an implicit Any no value has."""
    return any(not isinstance(p, _WALKED_INTO) and has_any_type(p, ignore_in_type_obj=True)
               for p in _type_parts(t, into_type_objects=False))


def _has_explicit_any(t: Type) -> bool:
    """Whether an explicit Any is inside ``t``."""
    return any(isinstance(p, AnyType) and p.type_of_any == TypeOfAny.explicit
               for p in _type_parts(t, into_type_objects=True))


def is_provided_module(name: str, program: TypedProgram) -> bool:
    """Whether ``import name`` is in the dialect: a compiled module or one
    that pyuk provides."""
    if name in program.modules:
        return True
    return any(name == p or name.startswith(p + ".") for p in PROVIDED_MODULES)


_DISPLAYS = (ListExpr, SetExpr, DictExpr, ListComprehension, SetComprehension,
             DictionaryComprehension)


def _opt(*nodes: Expression | None) -> list[Expression]:
    return [n for n in nodes if n is not None]


def _unanalyzed_parts(t: Type) -> list[tuple[Type, Type | None]]:
    """Every type node in an annotation as written, with its parent."""
    out: list[tuple[Type, Type | None]] = []
    stack: list[tuple[Type, Type | None]] = [(t, None)]
    while stack:
        current, parent = stack.pop()
        out.append((current, parent))
        inner: list[Type] = []
        if isinstance(current, UnboundType):
            inner = list(current.args)
        elif isinstance(current, (TypeList, UnionType)):
            inner = list(current.items)
        elif isinstance(current, CallableType):
            inner = [*current.arg_types, current.ret_type]
        elif isinstance(current, CallableArgument):
            inner = [current.typ]
        stack.extend((i, current) for i in reversed(inner))
    return out


# ---------------------------------------------------------------------------
# Checks, one per node class.  Each gets the checker, the node and the scope.


def _check_func(c: DialectChecker, defn: FuncDef, scope: _Scope) -> None:
    if scope.cls is None and scope.function is None and c.tree is not None and (
        defn not in _top_level_functions(c.tree)
    ):
        c.error(defn, _not_supported(
            "a function defined inside an if, for, while or try statement at module level",
            "define it at the top level of the module (choose between functions with an "
            "if where it is called)",
        ))
    if defn.is_coroutine:
        c.error(defn, _not_supported('an async function ("async def")'))
    if scope.cls is not None and scope.function is None and defn.name in REFUSED_METHODS:
        c.error(defn, _not_supported(f'the special method "{defn.name}"',
                                     REFUSED_METHODS[defn.name]))
    if scope.cls is None and scope.function is None and defn.name in ("__getattr__", "__dir__"):
        c.error(defn, _not_supported(f'a module-level "{defn.name}"',
                                     "define the module's names"))
    for arg in defn.arguments:
        if arg.initializer is not None:
            c.declared.add(id(arg.initializer))
        if arg.kind == ARG_STAR:
            c.error(arg, _not_supported(
                f'a "*{arg.variable.name}" parameter', "take a list or a tuple"))
        elif arg.kind == ARG_STAR2:
            c.error(arg, _not_supported(
                f'a "**{arg.variable.name}" parameter',
                "take keyword parameters with defaults, or a dict"))
    sig = get_proper_type(defn.type)
    generated = scope.cls is not None and (
        sym := scope.cls.names.get(defn.name)) is not None and sym.plugin_generated
    if scope.cls is not None and scope.function is None and isinstance(sig, CallableType) and (
        sig.variables
    ) and not generated and not scope.cls.is_protocol:
        # @dataclass(order=True) generates generic __lt__...; protocol members
        # (self types) only describe
        c.error(defn, _not_supported(
            f'the generic method "{defn.name}" (with type variables of its own)',
            "make it a module-level generic function; generic classes and functions are "
            "compiled once per instantiation",
        ))
    unanalyzed = defn.unanalyzed_type
    if isinstance(unanalyzed, CallableType):
        analyzed = sig if isinstance(sig, CallableType) and len(sig.arg_types) == len(
            unanalyzed.arg_types) else None
        for i, (arg, t) in enumerate(zip(defn.arguments, unanalyzed.arg_types, strict=False)):
            c.check_annotation(t, arg, analyzed.arg_types[i] if analyzed else None)
        c.check_annotation(unanalyzed.ret_type, defn, analyzed.ret_type if analyzed else None)


def _top_level_functions(tree: MypyFile) -> list[FuncDef]:
    out: list[FuncDef] = []
    for d in tree.defs:
        items: list[Node] = [d]
        if isinstance(d, OverloadedFuncDef):
            items = [*d.items, *([d.impl] if d.impl is not None else [])]
        for item in items:
            if isinstance(item, Decorator):
                item = item.func
            if isinstance(item, FuncDef):
                out.append(item)
    return out


def _check_lambda(c: DialectChecker, expr: LambdaExpr, scope: _Scope) -> None:
    t = get_proper_type(c.type_of(expr))
    if isinstance(t, CallableType) and any(
        isinstance(get_proper_type(a), AnyType) for a in t.arg_types
    ):
        c.error(expr, _not_supported(
            "a lambda whose parameter types are unknown",
            'pass it where a Callable type is expected, or annotate the variable '
            'it is assigned to ("f: Callable[[int], int] = lambda x: ...")',
        ))


def _check_overloaded(c: DialectChecker, defn: OverloadedFuncDef, scope: _Scope) -> None:
    if defn.is_property:
        return  # a property with a setter: reported at the setter
    c.error(defn.items[0] if defn.items else defn,
            _not_supported("@overload", "write one function with a union type, or several "
                                        "functions with different names"))


def _decorator_name(expr: Expression) -> str:
    if isinstance(expr, CallExpr):
        expr = expr.callee
    if isinstance(expr, RefExpr):
        return expr.fullname or (expr.name if isinstance(expr, NameExpr) else "")
    return ""


def _check_decorators(c: DialectChecker, decorators: list[Expression]) -> None:
    for expr in decorators:
        name = _decorator_name(expr)
        if name in SUPPORTED_DECORATORS:
            if isinstance(expr, CallExpr) and name != "dataclasses.dataclass":
                c.error(expr, _not_supported(f'calling the decorator "{_short(name)}"'))
            continue
        if isinstance(expr, MemberExpr) and expr.name in ("setter", "deleter"):
            c.error(expr, _not_supported(
                f"a property {expr.name}", "properties are read-only: write a method"))
            continue
        if name == "typing.overload":
            continue  # reported once for the whole overload
        if isinstance(expr, CallExpr):
            c.reported.add(id(expr.callee))  # one error: not the name's too
        shown = _short(name) if name else "this decorator"
        if name in ("functools.lru_cache", "functools.cache"):
            c.error(expr, _not_supported(
                f'the decorator "{shown}"',
                "memoize in a dict that the function reads and fills"))
            continue
        c.error(expr, _not_supported(
            f'the decorator "{shown}"',
            "pyuk supports @staticmethod, @classmethod, @property and @dataclass",
        ))


def _short(name: str) -> str:
    return name.removeprefix("builtins.")


def _check_decorator(c: DialectChecker, node: Decorator, scope: _Scope) -> None:
    _check_decorators(c, node.original_decorators)


def _check_class(c: DialectChecker, defn: ClassDef, scope: _Scope) -> None:
    info = defn.info
    if scope.function is not None:
        c.error(defn, _not_supported(
            "a class defined inside a function", "define it at module level"))
    _check_decorators(c, defn.decorators)
    if defn.metaclass is not None:
        c.error(defn.metaclass, _not_supported("a metaclass", "use a base class or a decorator"))
    for key, value in defn.keywords.items():
        if key != "metaclass":
            c.error(value, _not_supported(f'the class keyword "{key}"'))
    if info is None or info.fullname == "":
        return
    if info.typeddict_type is not None:
        c.error(defn, _not_supported("TypedDict", "use a class or a dataclass"))
    real_bases = [
        b for b in info.bases
        if b.type.fullname not in _NEUTRAL_BASES and not b.type.is_protocol
    ]
    for b in real_bases:
        if b.type.type_vars and b.type.module_name in c.program.modules:
            c.error(defn, _not_supported(
                f'deriving from the generic class "{b.type.name}"',
                f'give the class a field of type "{b.type.name}[...]" instead',
            ))
    if len(real_bases) > 1:
        c.error(defn, _not_supported(
            f'multiple inheritance (class "{defn.name}" derives from '
            + ", ".join(f'"{b.type.name}"' for b in real_bases) + ")",
            "derive from one class; the others can be Protocols or fields",
        ))
    for stmt in defn.defs.body:
        if isinstance(stmt, AssignmentStmt):
            for target in stmt.lvalues:
                if isinstance(target, NameExpr) and target.name == "__slots__":
                    c.error(target, _not_supported(
                        '"__slots__"', "pyuk lays out instances from the annotated fields"))


def _check_assignment(c: DialectChecker, stmt: AssignmentStmt, scope: _Scope) -> None:
    if stmt.unanalyzed_type is not None:
        if c.check_annotation(stmt.unanalyzed_type, stmt, stmt.type):
            c.exempt.add(id(stmt.rvalue))  # its Any comes from the annotation
        c.declared.add(id(stmt.rvalue))
    analyzed = getattr(stmt.rvalue, "analyzed", None)
    if isinstance(analyzed, NewTypeExpr):
        c.error(stmt.rvalue, _not_supported("NewType", "use the base type, or a class"))
    elif isinstance(analyzed, TypedDictExpr):
        c.error(stmt.rvalue, _not_supported("TypedDict", "use a class or a dataclass"))
    elif isinstance(analyzed, (ParamSpecExpr, TypeVarTupleExpr)):
        kind = "ParamSpec" if isinstance(analyzed, ParamSpecExpr) else "TypeVarTuple"
        c.error(stmt.rvalue, _not_supported(kind, "use TypeVar"))
    for target in stmt.lvalues:
        _check_target(c, target, scope, "assigning")
    _check_recursive_alias(c, stmt)
    if _is_special_form(stmt):
        c.declared.add(id(stmt.rvalue))
    if (scope.cls is not None and scope.function is None and stmt.unanalyzed_type is not None
            and isinstance(stmt.rvalue, CallExpr) and isinstance(stmt.rvalue.callee, RefExpr)
            and stmt.rvalue.callee.fullname == "dataclasses.field"):
        # field(compare=False) is typed Any by typeshed: the annotation types the field
        c.exempt.add(id(stmt.rvalue))


def _check_recursive_alias(c: DialectChecker, stmt: AssignmentStmt) -> None:
    """``JSON = Union[None, int, list["JSON"], ...]``: refused where it is
    defined (each use would otherwise be refused as an unknown type)."""
    analyzed = getattr(stmt.rvalue, "analyzed", None)
    alias = analyzed.node if isinstance(analyzed, TypeAliasExpr) else None
    if not isinstance(alias, TypeAlias):
        return
    if alias.alias_tvars or not TypeAliasType(alias, []).is_recursive:
        return
    c.error(stmt, _not_supported(
        f'the recursive type alias "{alias.name}"',
        "values of a type that contains itself need a class (a Node base class with "
        "subclasses), or object narrowed with isinstance"))


def _is_special_form(stmt: AssignmentStmt) -> bool:
    analyzed = getattr(stmt.rvalue, "analyzed", None)
    return stmt.is_alias_def or isinstance(
        analyzed, (TypeVarExpr, TypeAliasExpr, NewTypeExpr, TypedDictExpr, ParamSpecExpr,
                   TypeVarTupleExpr)
    )


def _check_target(c: DialectChecker, target: Expression, scope: _Scope, verb: str) -> None:
    if isinstance(target, (TupleExpr, ListExpr)):
        for item in target.items:
            _check_target(c, item, scope, verb)
        return
    if isinstance(target, StarExpr):
        c.star_targets.add(id(target))
        c.error(target, _not_supported(
            "a starred assignment target", "index the sequence, or slice it"))
        return
    if not isinstance(target, MemberExpr):
        return
    owner = target.expr
    node = owner.node if isinstance(owner, RefExpr) else None
    if isinstance(node, MypyFile):
        c.error(target, _not_supported(
            f'{verb} an attribute of module "{node.fullname}"',
            "call a function of that module that sets it with a global statement",
        ))
        return
    cls: TypeInfo | None = None
    if isinstance(node, TypeInfo):
        cls = node
    else:
        owner_type = get_proper_type(c.type_of(owner)) if isinstance(owner, Expression) else None
        if isinstance(owner_type, TypeType) and isinstance(owner_type.item, Instance):
            cls = owner_type.item.type
        elif isinstance(owner_type, CallableType) and owner_type.is_type_obj():
            cls = owner_type.type_object()
    if cls is None:
        return
    inside = scope.cls is not None and cls in scope.cls.mro
    if not inside:
        c.error(target, _not_supported(
            f'{verb} an attribute of class "{cls.name}" from outside the class',
            "give the class a classmethod that does it",
        ))


def _check_operator_assignment(
    c: DialectChecker, stmt: OperatorAssignmentStmt, scope: _Scope
) -> None:
    _check_target(c, stmt.lvalue, scope, "assigning")


def _check_del(c: DialectChecker, stmt: DelStmt, scope: _Scope) -> None:
    targets = stmt.expr.items if isinstance(stmt.expr, TupleExpr) else [stmt.expr]
    for target in targets:
        if isinstance(target, NameExpr):
            c.error(target, _not_supported(
                f'deleting the variable "{target.name}"',
                "assign it another value, or let it go out of scope"))
        elif isinstance(target, MemberExpr):
            c.error(target, _not_supported(
                "deleting an attribute", "assign it another value (None for an Optional)"))


def _check_call(c: DialectChecker, call: CallExpr, scope: _Scope) -> None:
    callee = call.callee
    name = callee.fullname if isinstance(callee, RefExpr) else ""
    if name in ("builtins.getattr", "builtins.setattr", "builtins.hasattr",
                "builtins.delattr"):
        short = name.removeprefix("builtins.")
        if short == "delattr":
            c.error(call, _not_supported("delattr()", "assign the attribute another value"))
            c.exempt.update(id(a) for a in call.args)
        elif len(call.args) >= 2 and not isinstance(call.args[1], StrExpr):
            c.exempt.add(id(call))
            c.error(call.args[1], _not_supported(
                f"{short}() with an attribute name computed at run time",
                f'use the attribute by name ("x.name") or {short}() with a literal name',
            ))
    elif name == "builtins.type" and len(call.args) == 3:
        c.error(call, _not_supported(
            "type() with three arguments", "define the class with a class statement"))
        c.exempt.update(id(a) for a in call.args)
    star_allowed = name == "builtins.print"  # print(*items): irbuild/calls.py
    for arg, kind in zip(call.args, call.arg_kinds, strict=False):
        if kind == ARG_STAR and not star_allowed:
            c.error(arg, _not_supported(
                'unpacking arguments with "*" in a call', "pass the arguments one by one"))
        elif kind == ARG_STAR2:
            c.error(arg, _not_supported(
                'unpacking keyword arguments with "**" in a call',
                "pass the keyword arguments one by one"))
    # parameters of functions other than builtins give their arguments a type
    if not (isinstance(callee, RefExpr) and callee.fullname.startswith("builtins.")):
        c.declared.update(id(a) for a in call.args)


def _check_name(c: DialectChecker, expr: RefExpr, scope: _Scope) -> None:
    name = expr.fullname
    if name in _ANY_NAMES:
        c.error(expr, _not_supported(
            '"Any"', "give a precise type (a union, a Protocol, a TypeVar or object)"))
        return
    if name.startswith("builtins.") and name[9:] in REFUSED_BUILTINS:
        short = name[9:]
        c.error(expr, _not_supported(f'"{short}"', REFUSED_BUILTINS[short]))
        return
    if isinstance(expr, NameExpr) and expr.name in REFUSED_MODULE_NAMES and expr.kind == GDEF:
        c.error(expr, _not_supported(f'"{expr.name}"', REFUSED_MODULE_NAMES[expr.name]))
        return
    if isinstance(expr, MemberExpr) and isinstance(expr.expr, RefExpr) and isinstance(
            expr.expr.node, MypyFile) and expr.expr.node.fullname in PROVIDED_NAMES and (
            expr.name not in PROVIDED_NAMES[expr.expr.node.fullname]):
        c.error(expr, _unprovided_name(expr.expr.node.fullname, expr.name))
        return
    if isinstance(expr, MemberExpr) and expr.name in _REFUSED_ATTRIBUTES:
        c.error(expr, _not_supported(f'the attribute "{expr.name}"',
                                     _REFUSED_ATTRIBUTES[expr.name]))


def _check_yield(c: DialectChecker, expr: YieldExpr | YieldFromExpr, scope: _Scope) -> None:
    what = '"yield from"' if isinstance(expr, YieldFromExpr) else '"yield"'
    c.error(expr, _not_supported(
        f"a generator ({what})", "build and return a list, or pass a callback"))


def _check_await(c: DialectChecker, expr: AwaitExpr, scope: _Scope) -> None:
    c.error(expr, _not_supported('"await"'))


def _check_for(c: DialectChecker, stmt: ForStmt, scope: _Scope) -> None:
    if stmt.is_async:
        c.error(stmt, _not_supported('"async for"'))
    _check_target(c, stmt.index, scope, "assigning")


def _check_with(c: DialectChecker, stmt: WithStmt, scope: _Scope) -> None:
    what = '"async with"' if stmt.is_async else 'the "with" statement'
    c.error(stmt, _not_supported(what, "use try/finally"))


def _check_match(c: DialectChecker, stmt: MatchStmt, scope: _Scope) -> None:
    c.error(stmt, _not_supported('the "match" statement', "use if/elif with isinstance()"))


def _check_try(c: DialectChecker, stmt: TryStmt, scope: _Scope) -> None:
    if stmt.is_star:
        c.error(stmt, _not_supported('"except*"', "catch the exception group's type"))


def _check_star(c: DialectChecker, expr: StarExpr, scope: _Scope) -> None:
    if id(expr) in c.star_targets:
        return  # reported as an assignment target
    c.error(expr, _not_supported(
        'unpacking with "*" in a display', "build the container with + or extend()"))


def _check_complex(c: DialectChecker, expr: ComplexExpr, scope: _Scope) -> None:
    c.error(expr, _not_supported("a complex number"))


def _check_cast(c: DialectChecker, expr: CastExpr, scope: _Scope) -> None:
    t = get_proper_type(expr.type)
    if isinstance(t, AnyType):
        c.error(expr, _not_supported(
            'cast() to "Any"', "give a precise type (a union, a Protocol, a TypeVar or object)"))


def _check_type_application(c: DialectChecker, expr: TypeApplication, scope: _Scope) -> None:
    for t in expr.types:
        if has_any_type(t):
            c.error(expr, _not_supported(
                '"Any"', "give a precise type (a union, a Protocol, a TypeVar or object)"))
            return


def _check_display(c: DialectChecker, expr: Expression, scope: _Scope) -> None:
    """A list/set/dict display or comprehension whose item type mypy could
    only infer as ``object`` from items of different types."""
    if id(expr) in c.declared:
        return
    t = get_proper_type(c.type_of(expr))
    if not isinstance(t, Instance) or not t.args:
        return
    if not any(_is_object(a) for a in t.args):
        return
    items: list[Expression] = []
    if isinstance(expr, (ListExpr, SetExpr)):
        items = list(expr.items)
    elif isinstance(expr, DictExpr):
        items = [x for k, v in expr.items for x in (k, v) if x is not None]
    elif isinstance(expr, (ListComprehension, SetComprehension)):
        items = [expr.generator.left_expr]
    elif isinstance(expr, DictionaryComprehension):
        items = _opt(expr.key, expr.value)
    if not items and isinstance(expr, (ListExpr, SetExpr, DictExpr)):
        empty = {ListExpr: "[]", DictExpr: "{}", SetExpr: "set()"}[type(expr)]
        c.error(expr, _not_supported(
            f'an empty {t.type.name} with no item type (inferred as "{_show(t)}" from its '
            'context)',
            f'give it a variable with a declared type, as in "x: {_example(t)} = {empty}"',
        ))
        return
    item_types = [c.type_of(i) for i in items]
    if any(_is_object(i) for i in item_types):
        return  # the items are objects already: nothing was lost
    if _joins_below_object([i for i in item_types if i is not None]):
        return  # object came from the context (set - {"a"}: typeshed's AbstractSet[object])
    kind = t.type.name
    c.error(expr, _not_supported(
        f'a {kind} of items of different types (inferred as "{_show(t)}")',
        f'declare its type, as in "x: {_example(t)} = ..."',
    ))


def _joins_below_object(types: list[Type]) -> bool:
    """Items of one type (or of types with a common base below object)."""
    if not types:
        return False
    joined = types[0]
    for t in types[1:]:
        joined = join_types(joined, t)
    return not _is_object(joined)


def _is_object(t: Type | None) -> bool:
    p = get_proper_type(t) if t is not None else None
    return isinstance(p, Instance) and p.type.fullname == "builtins.object"


def _show(t: Type) -> str:
    return str(t).replace("builtins.", "")


def _example(t: Instance) -> str:
    args = ", ".join("int | str" if _is_object(a) else _show(a) for a in t.args)
    return f"{t.type.name}[{args}]"


def _check_return(c: DialectChecker, stmt: ReturnStmt, scope: _Scope) -> None:
    if stmt.expr is not None:
        c.declared.add(id(stmt.expr))


def _check_import(c: DialectChecker, stmt: ImportBase, scope: _Scope) -> None:
    if scope.function is not None or scope.cls is not None:
        where = "a function" if scope.function is not None else "a class"
        c.error(stmt, _not_supported(
            f"an import inside {where}", "import at the top of the module"))




_CHECKS: dict[type, Callable[[DialectChecker, Any, _Scope], None]] = {
    FuncDef: _check_func,
    LambdaExpr: _check_lambda,
    OverloadedFuncDef: _check_overloaded,
    Decorator: _check_decorator,
    ClassDef: _check_class,
    AssignmentStmt: _check_assignment,
    OperatorAssignmentStmt: _check_operator_assignment,
    DelStmt: _check_del,
    CallExpr: _check_call,
    NameExpr: _check_name,
    MemberExpr: _check_name,
    YieldExpr: _check_yield,
    YieldFromExpr: _check_yield,
    AwaitExpr: _check_await,
    ForStmt: _check_for,
    WithStmt: _check_with,
    MatchStmt: _check_match,
    TryStmt: _check_try,
    StarExpr: _check_star,
    ComplexExpr: _check_complex,
    CastExpr: _check_cast,
    TypeApplication: _check_type_application,
    ListExpr: _check_display,
    SetExpr: _check_display,
    DictExpr: _check_display,
    ListComprehension: _check_display,
    SetComprehension: _check_display,
    DictionaryComprehension: _check_display,
    ReturnStmt: _check_return,
    Import: _check_import,
    ImportFrom: _check_import,
    ImportAll: _check_import,
}


def check_dialect(program: TypedProgram, diagnostics: Diagnostics) -> None:
    """Adds a diagnostic for every construct outside pyuk's dialect."""
    DialectChecker(program, diagnostics).check()


# mypy's own refusals of untyped code, with what pyuk needs instead: the
# error code -> the note printed after the error (mypy's format).
_MYPY_NOTES = {
    "no-untyped-def": "pyuk compiles typed code only: annotate every parameter and the "
                      'return type ("-> None" when the function returns nothing)',
    "no-untyped-call": "pyuk compiles typed code only: annotate the called function (a "
                       "lambda takes its types from the Callable type it is assigned to)",
}


def explain_mypy_errors(messages: list[str]) -> list[str]:
    """mypy's messages, with a pyuk note after the errors that refuse
    untyped code (mypy --strict finds untyped definitions for pyuk)."""
    out: list[str] = []
    for message in messages:
        out.append(message)
        head, sep, rest = message.partition(": error: ")
        if not sep or not rest.endswith("]"):
            continue
        code = rest[rest.rfind("[") + 1 : -1]
        note = _MYPY_NOTES.get(code)
        if note is not None:
            out.append(f"{head}: note: {note}")
    return out
