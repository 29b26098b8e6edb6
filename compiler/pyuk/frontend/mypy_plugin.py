"""A mypy plugin that types what typeshed leaves as ``Any`` the way pyuk
compiles it.

typeshed types ``int ** int`` as ``Any`` unless the exponent is a literal
(the result is a float for negative exponents), and ``float ** float`` as
``Any`` (the result is complex for a negative base).  pyuk compiles the
first as int (a negative exponent raises ValueError) and the second as
float (a complex result raises ValueError), so programs need no casts.
The builtin ``pow(x, y)`` (no modulus) is typed the same way.

``BaseException.args`` is ``tuple[Any, ...]`` in typeshed; pyuk holds the
arguments as objects, so it is ``tuple[object, ...]`` and ``e.args[0]`` is
an ``object`` a program can narrow with ``isinstance``.

``abs(x)`` is typed by x's ``__abs__``, whatever the enclosing call expects.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.plugin import AttributeContext, FunctionContext, MethodContext, Plugin
from mypy.subtypes import find_member
from mypy.types import AnyType, CallableType, Instance, LiteralType, Type, get_proper_type

_POW_METHODS = {
    "builtins.int.__pow__": "builtins.int",
    "builtins.int.__rpow__": "builtins.int",
    "builtins.float.__pow__": "builtins.float",
    "builtins.float.__rpow__": "builtins.float",
}


def _class_name(t: Type) -> str | None:
    p = get_proper_type(t)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        return p.type.fullname
    return None


def _pow_result(ctx: MethodContext | FunctionContext, names: set[str | None]) -> Type:
    if names <= {"builtins.int", "builtins.bool"}:
        return ctx.api.named_generic_type("builtins.int", [])
    if names <= {"builtins.int", "builtins.bool", "builtins.float"}:
        return ctx.api.named_generic_type("builtins.float", [])
    return ctx.default_return_type


def _precise_pow(ctx: MethodContext) -> Type:
    if not isinstance(get_proper_type(ctx.default_return_type), AnyType):
        return ctx.default_return_type
    receiver = _class_name(ctx.type)
    other = _class_name(ctx.arg_types[0][0]) if ctx.arg_types and ctx.arg_types[0] else None
    return _pow_result(ctx, {receiver, other})


def _precise_pow_function(ctx: FunctionContext) -> Type:
    """pow(x, y) without a modulus, typed like x ** y."""
    if not isinstance(get_proper_type(ctx.default_return_type), AnyType):
        return ctx.default_return_type
    if len(ctx.arg_types) < 2 or len(ctx.arg_types[0]) != 1 or len(ctx.arg_types[1]) != 1:
        return ctx.default_return_type
    if len(ctx.arg_types) > 2 and ctx.arg_types[2]:
        return ctx.default_return_type
    return _pow_result(ctx, {_class_name(ctx.arg_types[0][0]),
                             _class_name(ctx.arg_types[1][0])})


def _precise_abs(ctx: FunctionContext) -> Type:
    """abs(x) is what x's ``__abs__`` returns.  typeshed's ``SupportsAbs[T]``
    lets an enclosing call's context pick T: in ``round(abs(x), 2)`` mypy
    records ``abs(x)`` as ``_SupportsRound2[float]``, not float."""
    if len(ctx.arg_types) != 1 or len(ctx.arg_types[0]) != 1:
        return ctx.default_return_type
    arg = get_proper_type(ctx.arg_types[0][0])
    if isinstance(arg, LiteralType):
        arg = arg.fallback
    if not isinstance(arg, Instance):
        return ctx.default_return_type
    method = get_proper_type(find_member("__abs__", arg, arg, is_operator=True))
    if isinstance(method, CallableType) and not method.variables:
        return method.ret_type
    return ctx.default_return_type


def _exception_args(ctx: AttributeContext) -> Type:
    """``e.args``: a tuple of objects."""
    obj = ctx.api.named_generic_type("builtins.object", [])
    return ctx.api.named_generic_type("builtins.tuple", [obj])


class PyukPlugin(Plugin):
    def get_method_hook(self, fullname: str) -> Callable[[MethodContext], Type] | None:
        if fullname in _POW_METHODS:
            return _precise_pow
        return None

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        if fullname == "builtins.pow":
            return _precise_pow_function
        if fullname == "builtins.abs":
            return _precise_abs
        return None

    def get_attribute_hook(self, fullname: str) -> Callable[[AttributeContext], Type] | None:
        if fullname == "builtins.BaseException.args":
            return _exception_args
        return None
