"""A generic walk over mypy's trees.

mypy ships compiled with mypyc, and its ``TraverserVisitor`` cannot be
subclassed by interpreted code; this module gives the children of any
statement or expression instead, so that analyses (the dialect checker,
free-variable analysis of closures) are plain loops.  It follows mypy's own
traverser (mypy/traverser.py) and never enters a symbol's definition:
``NameExpr.node`` is a reference, not a child.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from mypy.nodes import (
    AssertStmt,
    AssertTypeExpr,
    AssignmentExpr,
    AssignmentStmt,
    AwaitExpr,
    Block,
    CallExpr,
    CastExpr,
    ClassDef,
    ComparisonExpr,
    ConditionalExpr,
    Decorator,
    DelStmt,
    DictExpr,
    DictionaryComprehension,
    ExpressionStmt,
    ForStmt,
    FuncItem,
    GeneratorExpr,
    IfStmt,
    IndexExpr,
    ListComprehension,
    ListExpr,
    MatchStmt,
    MemberExpr,
    MypyFile,
    Node,
    OperatorAssignmentStmt,
    OpExpr,
    OverloadedFuncDef,
    RaiseStmt,
    ReturnStmt,
    RevealExpr,
    SetComprehension,
    SetExpr,
    SliceExpr,
    StarExpr,
    SuperExpr,
    TryStmt,
    TupleExpr,
    TypeApplication,
    UnaryExpr,
    WhileStmt,
    WithStmt,
    YieldExpr,
    YieldFromExpr,
)


def _opt(*nodes: Node | None) -> list[Node]:
    return [n for n in nodes if n is not None]


def _func(o: FuncItem) -> list[Node]:
    out: list[Node] = [a.initializer for a in o.arguments if a.initializer is not None]
    out.append(o.body)
    return out


def _generator(o: GeneratorExpr | DictionaryComprehension) -> list[Node]:
    out: list[Node] = []
    for index, sequence, conditions in zip(o.indices, o.sequences, o.condlists, strict=False):
        out += [sequence, index, *conditions]
    if isinstance(o, GeneratorExpr):
        out.append(o.left_expr)
    else:
        out += _opt(o.key, o.value)
    return out


def _try(o: TryStmt) -> list[Node]:
    out: list[Node] = [o.body]
    for tp, var, handler in zip(o.types, o.vars, o.handlers, strict=False):
        out += _opt(tp, var)
        out.append(handler)
    return out + _opt(o.else_body, o.finally_body)


def _with(o: WithStmt) -> list[Node]:
    out: list[Node] = []
    for expr, target in zip(o.expr, o.target, strict=False):
        out += _opt(expr, target)
    out.append(o.body)
    return out


def _match(o: MatchStmt) -> list[Node]:
    out: list[Node] = [o.subject]
    for guard, body in zip(o.guards, o.bodies, strict=False):
        out += _opt(guard)
        out.append(body)
    return out


# Analyzed forms of calls and indexing that hold the value expressions; the
# others (TypeVar(), type aliases, NamedTuple()...) keep the source children.
_ANALYZED = (CastExpr, AssertTypeExpr, RevealExpr, TypeApplication)
_ONE_EXPR = (MemberExpr, YieldFromExpr, CastExpr, AssertTypeExpr, UnaryExpr, TypeApplication,
             StarExpr, AwaitExpr, ExpressionStmt)


def children(node: Node) -> list[Node]:
    """The direct sub-statements and sub-expressions of ``node`` (function
    definitions: default values and body; leaves: none)."""
    if isinstance(node, FuncItem):
        return _func(node)
    if isinstance(node, _ONE_EXPR):
        return [node.expr]
    if isinstance(node, MypyFile):
        return list(node.defs)
    if isinstance(node, Block):
        return list(node.body)
    if isinstance(node, ClassDef):
        return [*node.decorators, *node.base_type_exprs, *_opt(node.metaclass),
                *node.keywords.values(), node.defs]
    if isinstance(node, Decorator):
        return [*node.decorators, node.func]
    if isinstance(node, OverloadedFuncDef):
        return [*node.items, *_opt(node.impl)]
    if isinstance(node, AssignmentStmt):
        return [*node.lvalues, node.rvalue]
    if isinstance(node, OperatorAssignmentStmt):
        return [node.lvalue, node.rvalue]
    if isinstance(node, WhileStmt):
        return [node.expr, node.body, *_opt(node.else_body)]
    if isinstance(node, ForStmt):
        return [node.index, node.expr, node.body, *_opt(node.else_body)]
    if isinstance(node, ReturnStmt):
        return _opt(node.expr)
    if isinstance(node, AssertStmt):
        return _opt(node.expr, node.msg)
    if isinstance(node, DelStmt):
        return _opt(node.expr)
    if isinstance(node, IfStmt):
        return [*node.expr, *node.body, *_opt(node.else_body)]
    if isinstance(node, RaiseStmt):
        return _opt(node.expr, node.from_expr)
    if isinstance(node, TryStmt):
        return _try(node)
    if isinstance(node, WithStmt):
        return _with(node)
    if isinstance(node, MatchStmt):
        return _match(node)
    if isinstance(node, YieldExpr):
        return _opt(node.expr)
    if isinstance(node, (CallExpr, IndexExpr, OpExpr)) and isinstance(node.analyzed, _ANALYZED):
        # what semantic analysis made of it: cast(x), list[int]()...
        return [node.analyzed]
    if isinstance(node, CallExpr):
        return [node.callee, *node.args]
    if isinstance(node, OpExpr):
        return [node.left, node.right]
    if isinstance(node, ComparisonExpr):
        return list(node.operands)
    if isinstance(node, SliceExpr):
        return _opt(node.begin_index, node.end_index, node.stride)
    if isinstance(node, RevealExpr):
        return _opt(node.expr)
    if isinstance(node, AssignmentExpr):
        return [node.target, node.value]
    if isinstance(node, (ListExpr, TupleExpr, SetExpr)):
        return list(node.items)
    if isinstance(node, DictExpr):
        return [x for k, v in node.items for x in _opt(k, v)]
    if isinstance(node, IndexExpr):
        return [node.base, node.index]
    if isinstance(node, (GeneratorExpr, DictionaryComprehension)):
        return _generator(node)
    if isinstance(node, (ListComprehension, SetComprehension)):
        return [node.generator]
    if isinstance(node, ConditionalExpr):
        return [node.cond, node.if_expr, node.else_expr]
    if isinstance(node, SuperExpr):
        return [node.call]
    return []


def walk(node: Node, enter: Callable[[Node], bool] | None = None) -> Iterator[Node]:
    """``node`` and everything below it, parents first.  ``enter(n)`` false
    skips what is below ``n`` (``n`` itself is still yielded)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if enter is None or enter(current):
            stack.extend(reversed(children(current)))
