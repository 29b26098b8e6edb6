"""The ``collections`` module: ``defaultdict`` and ``Counter``.

Both are dicts: mypy's ``defaultdict[K, V]`` and ``Counter[K]`` are read
as ``dict[K, V]`` and ``dict[K, int]`` everywhere (a type substitution, and
``types.canonical_name``), so every dict operation, method and loop works
on them unchanged.  What differs lives in the runtime object: its type
(``pyuk_type_defaultdict``, ``pyuk_type_counter``) has a ``__missing__`` in
``vtable[0]`` that dict.c calls when ``d[k]`` finds no key (so a
defaultdict passed where a ``dict[K, V]`` is expected still calls its
factory), and its own repr.  The plain dict pays one test on the KeyError
path only.

Here: the constructors, the methods that are not dict's (``most_common``,
``update``/``subtract`` with counting, ``total``, ``elements`` where pyuk
iterates, ``copy``), and Counter's ``+`` and ``-``.  The runtime is
``runtime-c/core/defaultdict.c`` and ``counter.c``.
"""

from __future__ import annotations

from mypy.maptype import map_instance_to_supertype
from mypy.nodes import (
    ARG_POS,
    CallExpr,
    Context,
    DelStmt,
    Expression,
    FuncDef,
    IndexExpr,
    LambdaExpr,
    MemberExpr,
    MypyFile,
    NameExpr,
    OperatorAssignmentStmt,
    OpExpr,
    RefExpr,
    TypeInfo,
)
from mypy.type_visitor import TypeTranslator
from mypy.types import Instance, ProperType, Type, TypeAliasType

from pyuk.ir.nodes import BasicBlock, Const, Operand
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, STR, RType
from pyuk.irbuild import builder as builder_module
from pyuk.irbuild import calls, containers, expressions, statements
from pyuk.irbuild.builder import EXPRESSION_HANDLERS, STATEMENT_HANDLERS, IRBuilder, Unsupported
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import (
    class_of,
    item_rtype,
    kind_of,
    pack,
    rt,
    tuple_symbol_of_rtypes,
    tuple_type_ref,
)
from pyuk.irbuild.iteration import GEN_HOOKS, SequenceGen, for_each
from pyuk.irbuild.types import proper

DEFAULTDICT = "collections.defaultdict"
COUNTER = "collections.Counter"
_SUBCLASSES = (DEFAULTDICT, COUNTER)

# factory codes of runtime-c/core/defaultdict.c
_FUNCTION, _CLASS, _NONE = 0, 1, 9
_BUILTIN_FACTORIES = {"builtins.int": (2, INT), "builtins.float": (3, FLOAT),
                      "builtins.bool": (4, BOOL), "builtins.str": (5, STR),
                      "builtins.list": (6, None), "builtins.dict": (7, None),
                      "builtins.set": (8, None)}


# ---- defaultdict[K, V] and Counter[K] are dict[K, V] and dict[K, int] ----


def as_dict(t: Instance) -> Instance:
    """The dict[K, V] that a defaultdict or Counter instance type is."""
    dict_info = next(i for i in t.type.mro if i.fullname == "builtins.dict")
    return map_instance_to_supertype(t, dict_info)


class _AsDict(TypeTranslator):
    def visit_instance(self, t: Instance) -> ProperType:
        if t.type.fullname in _SUBCLASSES:
            t = as_dict(t)
        if not t.args:
            return t
        return t.copy_modified(args=[a.accept(self) for a in t.args])

    def visit_type_alias_type(self, t: TypeAliasType) -> Type:
        return proper(t).accept(self)


def _mentions(t: Type) -> bool:
    return "defaultdict" in str(t) or "Counter" in str(t)


def _substitute(builder: IRBuilder, t: Type) -> Type:
    if not _uses_collections(builder) or not _mentions(t):
        return t
    return t.accept(_AsDict())


_USES: dict[int, bool] = {}


def _uses_collections(builder: IRBuilder) -> bool:
    key = id(builder.program)
    found = _USES.get(key)
    if found is None:
        found = any(_imports_collections(tree) for tree in builder.program.modules.values())
        _USES[key] = found
    return found


def _imports_collections(tree: MypyFile) -> bool:
    from mypy.nodes import Import, ImportFrom

    for stmt in tree.imports:
        if isinstance(stmt, ImportFrom) and stmt.id == "collections":
            return True
        if isinstance(stmt, Import) and any(name == "collections" for name, _ in stmt.ids):
            return True
    return False


def raw_class(builder: IRBuilder, expr: Expression) -> str | None:
    """collections.defaultdict / collections.Counter when ``expr`` is one
    (as mypy typed it), else its class as class_of says."""
    t = builder.program.types.get(expr)
    return class_of(t) if t is not None else None


# ---- qualified names of functions, for the repr of a factory ----


def _qualname(builder: IRBuilder, node: FuncDef | LambdaExpr) -> str:
    """CPython's __qualname__ of a lambda written here, or of a function."""
    own = "<lambda>" if isinstance(node, LambdaExpr) else node.name
    if isinstance(node, FuncDef):
        outer = node.fullname.rsplit(".", 1)[0]
        if outer == builder.tree.fullname or not outer:
            return own  # a module-level function
        # a nested function named from the function that defines it
    else:
        outer = builder.fn.name
    prefix = builder.tree.fullname + "."
    if not outer.startswith(prefix):
        return own  # module level (the module's init code)
    parts = [p for p in outer[len(prefix):].split(".") if not p.isdigit()]
    if not parts:
        return own
    names = [parts[0]]
    rest = parts[1:]
    sym = builder.tree.names.get(parts[0])
    if sym is not None and isinstance(sym.node, TypeInfo) and rest:
        names.append(rest.pop(0))  # a method
    for p in rest:
        names.extend(["<locals>", p])
    return ".".join([*names, "<locals>", own])


# ---- constructors ----


def _defaultdict(builder: IRBuilder, call: CallExpr) -> Operand:
    if len(call.args) > 2 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "defaultdict() takes a factory and an optional dict in pyuk")
    t = proper(builder.type_of(call))
    key, value = item_rtype(builder, t, call, 0), item_rtype(builder, t, call, 1)
    code, kind_a, kind_b, closure, name = _factory(builder, call, value)
    d = builder.temp(builder.rtype_of(call))
    builder.move(d, rt(builder, "pyuk_defaultdict_new", [
        Const(kind_of(key), INT), Const(kind_of(value), INT), Const(code, INT),
        Const(kind_a, INT), Const(kind_b, INT), closure, name], call))
    if len(call.args) == 2:
        other = call.args[1]
        if class_of(builder.type_of(other)) != "builtins.dict":
            raise Unsupported(other, "defaultdict(factory, items) takes a dict in pyuk")
        rt(builder, "pyuk_dict_update", [d, builder.expr(other)], call)
    return d


def _factory(builder: IRBuilder, call: CallExpr, value: RType
             ) -> tuple[int, int, int, Operand, Operand]:
    """(code, kind_a, kind_b, closure, name) of defaultdict's factory."""
    none = Const(None, NONE)
    if not call.args:
        return _NONE, 0, 0, none, none
    arg = call.args[0]
    if isinstance(arg, NameExpr) and arg.fullname == "builtins.None":
        return _NONE, 0, 0, none, none
    if isinstance(arg, RefExpr) and arg.fullname in _BUILTIN_FACTORIES:
        code, exact = _BUILTIN_FACTORIES[arg.fullname]
        family = arg.fullname.split(".")[1]
        vt = proper(builder.type_of(call))
        vtype = vt.args[1] if isinstance(vt, Instance) and len(vt.args) == 2 else None
        if exact is not None:
            if value != exact:
                raise Unsupported(arg, f'the factory "{family}" does not make a "{value}": '
                                  f"CPython would store its {family} as is, pyuk keeps one "
                                  f'type per dict (write a lambda that returns a "{value}")')
            return code, 0, 0, none, none
        if vtype is None or class_of(vtype) != arg.fullname:
            raise Unsupported(arg, f'the factory "{family}" does not make a "{value}"')
        kinds = [kind_of(item_rtype(builder, vtype, arg, i))
                 for i in range(2 if family == "dict" else 1)]
        return code, kinds[0], kinds[1] if len(kinds) > 1 else 0, none, none
    if isinstance(arg, RefExpr) and isinstance(arg.node, TypeInfo):
        info = arg.node
        if info.module_name not in builder.program.modules or not isinstance(arg, NameExpr):
            raise Unsupported(arg, f'"{info.name}" as a defaultdict factory is not supported '
                              "by pyuk: use int, float, bool, str, list, dict, set, a class "
                              "of the program, a lambda or a function")
        closure = _class_closure(builder, arg)
        module = ("__main__" if info.module_name in builder.program.main_modules
                  else info.module_name)
        return _CLASS, 0, 0, closure, Const(f"{module}.{info.name}", STR)
    target: FuncDef | LambdaExpr | None = None
    if isinstance(arg, LambdaExpr):
        target = arg
    elif isinstance(arg, RefExpr) and isinstance(arg.node, FuncDef):
        target = arg.node
    if target is None:
        raise Unsupported(arg, "a defaultdict factory must be int, float, bool, str, list, "
                          "dict, set, a class, a lambda or a function named here in pyuk")
    closure = builder.expr(arg)
    ctype = builder.rtype_of(arg)
    ret = ctype.name.rsplit("], ", 1)[-1][:-1] if ctype.name.startswith("Callable[[]") else ""
    if ret != value.name:
        raise Unsupported(arg, f'the factory must return "{value}" in pyuk (it returns '
                          f'"{ret or ctype}")')
    return _FUNCTION, 0, 0, closure, Const(_qualname(builder, target), STR)


def _class_closure(builder: IRBuilder, expr: NameExpr) -> Operand:
    """A function value that calls the class's constructor with no argument."""
    from mypy.types import CallableType

    from pyuk.irbuild import closures

    sig = proper(builder.type_of(expr))
    if not isinstance(sig, CallableType) or sig.arg_types:
        raise Unsupported(expr, f'the factory "{expr.name}" must take no argument')
    sig = sig.copy_modified(variables=[])
    value_type = builder.rtype(sig, expr)
    a = closures.analysis(builder.program)
    key = f"{expr.fullname}:factory"
    symbol = a.builtin_values.get(key)
    if symbol is None:
        a.adapters += 1
        symbol = f"{expr.fullname}.<factory>.{a.adapters}"
        a.builtin_values[key] = symbol
        closures._builtin_wrapper(builder, expr, sig, value_type, symbol)
    return closures._static(builder, symbol, value_type, expr)


def _counter(builder: IRBuilder, call: CallExpr) -> Operand:
    if len(call.args) > 1 or any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, "Counter() takes one iterable or dict in pyuk (keyword "
                          "counts are not supported)")
    t = builder.type_of(call)
    key = item_rtype(builder, t, call, 0)
    c = builder.temp(builder.rtype_of(call))
    builder.move(c, rt(builder, "pyuk_counter_new", [Const(kind_of(key), INT)], call))
    if call.args:
        _count(builder, c, key, call.args[0], 1, call)
    return c


def _count(builder: IRBuilder, c: Operand, key: RType, arg: Expression, sign: int,
           node: Context) -> None:
    """update (sign 1) or subtract (-1) with a mapping or an iterable."""
    if class_of(builder.type_of(arg)) == "builtins.dict":
        if item_rtype(builder, builder.type_of(arg), arg, 1) != INT:
            raise Unsupported(arg, "counts must be ints in pyuk")
        rt(builder, "pyuk_counter_update", [c, builder.expr(arg), Const(sign, INT)], node)
        return

    def add(item: Operand, itype: RType, exit_: BasicBlock) -> None:
        w = pack(builder, coerce(builder, item, itype, key, node), node)
        rt(builder, "pyuk_counter_add", [c, w, Const(sign, INT)], node)

    for_each(builder, arg, add, node)


calls.BUILTIN_CALLS[DEFAULTDICT] = _defaultdict
calls.BUILTIN_CALLS[COUNTER] = _counter


# ---- methods ----


def _method_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    callee = call.callee
    if not isinstance(callee, MemberExpr) or callee.expr not in builder.program.types:
        return None
    cls = raw_class(builder, callee.expr)
    if cls not in _SUBCLASSES:
        return None
    name = callee.name
    if name == "copy" and not call.args:
        fn = "pyuk_defaultdict_copy" if cls == DEFAULTDICT else "pyuk_counter_copy"
        result = builder.temp(builder.rtype_of(call))
        builder.move(result, rt(builder, fn, [builder.expr(callee.expr)], call))
        return result
    if name == "fromkeys":
        raise Unsupported(call, f"{cls.split('.')[1]}.fromkeys() is not supported by pyuk")
    if cls != COUNTER:
        return None
    if any(k != ARG_POS for k in call.arg_kinds):
        raise Unsupported(call, f"Counter.{name}() with keyword arguments is not supported "
                          "by pyuk")
    t = builder.type_of(callee.expr)
    if name in ("update", "subtract"):
        if len(call.args) != 1:
            raise Unsupported(call, f"Counter.{name}() takes one iterable or dict in pyuk")
        c = builder.expr(callee.expr)
        _count(builder, c, item_rtype(builder, t, call, 0), call.args[0],
               1 if name == "update" else -1, call)
        return Const(None, NONE)
    if name == "total":
        return rt(builder, "pyuk_counter_total", [builder.expr(callee.expr)], call)
    if name == "most_common":
        c = builder.expr(callee.expr)
        every = not call.args or (isinstance(call.args[0], NameExpr)
                                  and call.args[0].fullname == "builtins.None")
        n: Operand = Const(0, INT)
        if not every:
            if builder.rtype_of(call.args[0]) != INT:
                raise Unsupported(call.args[0], "most_common() takes an int in pyuk")
            n = builder.expr(call.args[0])
        kt = item_rtype(builder, t, call, 0)
        tref = tuple_type_ref(builder, tuple_symbol_of_rtypes([kt, INT]))
        result = builder.temp(builder.rtype_of(call))
        builder.move(result, rt(builder, "pyuk_counter_most_common",
                                [c, n, tref, Const(1 if every else 0, INT)], call))
        return result
    if name == "elements":
        raise Unsupported(call, "Counter.elements() is supported where pyuk iterates (a for "
                          "loop, list(), sorted(), a comprehension), not as a value")
    return None


calls.CALL_HOOKS.insert(0, _method_hook)


class _ElementsGen(SequenceGen):
    """for x in c.elements(): a list of the elements, built first."""

    def __init__(self, builder: IRBuilder, call: CallExpr, counter: Expression) -> None:
        self.b = builder
        self.node = call
        self.expr = call
        self.reverse = False
        self.counter = counter
        self.family = "list"
        self.item_type = item_rtype(builder, builder.type_of(counter), call, 0)
        super_init = getattr(super(SequenceGen, self), "__init__")  # noqa: B009
        super_init(builder, call)

    def init(self) -> None:
        b = self.b
        lst = rt(b, "pyuk_counter_elements", [b.expr(self.counter)], self.expr)
        self.seq = self._keep(lst, OBJECT)
        self.index = self._keep(Const(0, INT), INT)


def _elements_gen(builder: IRBuilder, expr: Expression, node: Context) -> SequenceGen | None:
    if not (isinstance(expr, CallExpr) and isinstance(expr.callee, MemberExpr)
            and expr.callee.name == "elements" and not expr.args
            and expr.callee.expr in builder.program.types
            and raw_class(builder, expr.callee.expr) == COUNTER):
        return None
    return _ElementsGen(builder, expr, expr.callee.expr)


GEN_HOOKS.insert(0, _elements_gen)


# ---- Counter + Counter, Counter - Counter; refusals ----

_previous_op = EXPRESSION_HANDLERS[OpExpr]


def _lower_op(builder: IRBuilder, expr: OpExpr) -> Operand:
    left = raw_class(builder, expr.left)
    right = raw_class(builder, expr.right)
    if left in _SUBCLASSES or right in _SUBCLASSES:
        if left == right == COUNTER and expr.op in ("+", "-"):
            result = builder.temp(builder.rtype_of(expr))
            a, b = builder.expr(expr.left), builder.expr(expr.right)
            builder.move(result, rt(builder, "pyuk_counter_combine",
                                    [a, b, Const(1 if expr.op == "+" else -1, INT)], expr))
            return result
        if expr.op not in ("and", "or", "in", "not in"):
            what = " and ".join(sorted({c.split(".")[1] for c in (left, right)
                                        if c in _SUBCLASSES}))
            raise Unsupported(expr, f'operator "{expr.op}" on {what} is not supported by '
                              "pyuk (Counter supports + and - with another Counter)")
    return _previous_op(builder, expr)


EXPRESSION_HANDLERS[OpExpr] = _lower_op  # type: ignore[assignment]


def _augassign_hook(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    if stmt.lvalue in builder.program.types and raw_class(builder, stmt.lvalue) in _SUBCLASSES:
        raise Unsupported(stmt, f'"{stmt.op}=" on a {raw_class(builder, stmt.lvalue)} is not '
                          "supported by pyuk: write c = c + d")
    return False


statements.AUGASSIGN_HOOKS.insert(0, _augassign_hook)

_previous_del = STATEMENT_HANDLERS[DelStmt]


def _lower_del(builder: IRBuilder, stmt: DelStmt) -> None:
    """del c[k] on a Counter does nothing when k is absent."""
    target = stmt.expr
    if (isinstance(target, IndexExpr) and target.base in builder.program.types
            and raw_class(builder, target.base) == COUNTER):
        base = builder.expr(target.base)
        key = builder.expr(target.index)
        kw, kk = containers.word_of(builder, key, builder.rtype_of(target.index), target.index)
        rt(builder, "pyuk_dict_pop_default", [base, kw, kk, Const(0, INT)], stmt)
        return
    _previous_del(builder, stmt)


STATEMENT_HANDLERS[DelStmt] = _lower_del  # type: ignore[assignment]


def _member_hook(builder: IRBuilder, expr: MemberExpr) -> Operand | None:
    if (expr.name == "default_factory" and expr.expr in builder.program.types
            and raw_class(builder, expr.expr) == DEFAULTDICT):
        raise Unsupported(expr, "defaultdict.default_factory is not supported by pyuk")
    return None


expressions.MEMBER_HOOKS.insert(0, _member_hook)

if _substitute not in builder_module.TYPE_SUBSTITUTIONS:
    builder_module.TYPE_SUBSTITUTIONS.append(_substitute)

