"""str, bytes and bytearray: literals, operators, indexing, methods,
conversions (str(), repr(), int(s), hex()...), format(), str.format and
f-strings.  The runtime side is runtime-c/core/str_*.c, bytes_*.c,
format.c; see docs/strings.md.

mypy lowers ``f"a{x!r:>{w}}"`` to ``"".join(["a", "{!r:{}}".format(x,
"".join([">", "{:{}}".format(w, "")]))])``: ``"".join`` of a list display
becomes one concatenation, and ``str.format`` on a literal is parsed at
compile time, so an f-string costs one runtime call per field plus one
concatenation, with no list and no format-string parsing at run time.

This module plugs into the shared lowering through its hook lists
(arithmetic.BINARY_HOOKS, logic.COMPARE_HOOKS, statements.STORE_HOOKS and
AUGASSIGN_HOOKS, containers.INDEX_HANDLERS) and wraps the builtins it
specialises, handing other argument types to the previous lowering.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

from mypy.nodes import (
    ARG_NAMED,
    ARG_POS,
    LDEF,
    BytesExpr,
    CallExpr,
    Context,
    Expression,
    ForStmt,
    IndexExpr,
    ListExpr,
    MemberExpr,
    NameExpr,
    Node,
    OperatorAssignmentStmt,
    RefExpr,
    SliceExpr,
    Statement,
    StrExpr,
    Var,
    WhileStmt,
)
from mypy.types import NoneType, UnionType

from pyuk.ir.nodes import Const, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, OBJECT, STR, RType
from pyuk.irbuild import arithmetic, logic, statements
from pyuk.irbuild.builder import STATEMENT_HANDLERS, IRBuilder, Unsupported, expression_handler
from pyuk.irbuild.calls import BUILTIN_CALLS, METHOD_CALLS
from pyuk.irbuild.coerce import coerce
from pyuk.irbuild.containers import DEL_HOOKS, INDEX_HANDLERS, class_of, slice_args
from pyuk.irbuild.expressions import is_none_literal
from pyuk.irbuild.types import fullname_of, proper

BYTES = RType("bytes", STR.repr)
BYTEARRAY = RType("bytearray", STR.repr)
BINARY = (BYTES, BYTEARRAY)

# slice.h
SLICE_START, SLICE_STOP = 1, 2


def rt(builder: IRBuilder, name: str, args: list[Operand], node: Context | None) -> Operand:
    result = builder.call_runtime(name, args, node)
    return result if result is not None else Const(None, NONE)


def _int(builder: IRBuilder, value: Operand, rtype: RType, node: Context) -> Operand:
    if rtype not in (INT, BOOL):
        raise Unsupported(node, f'an int is expected here, not "{rtype}"')
    return coerce(builder, value, rtype, INT, node, binding=False)


def _int_arg(builder: IRBuilder, expr: Expression) -> Operand:
    return _int(builder, builder.expr(expr), builder.rtype_of(expr), expr)


def _is_optional(builder: IRBuilder, expr: Expression) -> bool:
    """mypy says the value may be None (``str | None``), though its IR type
    is the plain reference."""
    p = proper(builder.type_of(expr))
    return isinstance(p, UnionType) and any(
        isinstance(proper(i), NoneType) for i in p.items)


# ---- literals ----


@expression_handler(BytesExpr)
def lower_bytes(builder: IRBuilder, expr: BytesExpr) -> Operand:
    # mypy keeps repr(b)[2:-1]; its escapes decode back to the bytes
    data = codecs.escape_decode(expr.value.encode("utf-8", "surrogateescape"))[0]
    return builder.emit("bytes.const", [Const(data.decode("latin-1"), STR)], expr)


# ---- concatenation ----


def concat(builder: IRBuilder, parts: list[Operand], node: Context) -> Operand:
    """The concatenation of str values, adjacent constants folded, in as
    few runtime calls as possible (concat2..4, concat8)."""
    folded: list[Operand] = []
    for part in parts:
        if isinstance(part, Const) and part.value == "":
            continue
        if folded and isinstance(part, Const) and isinstance(folded[-1], Const):
            folded[-1] = Const(str(folded[-1].value) + str(part.value), STR)
        else:
            folded.append(part)
    if not folded:
        return Const("", STR)
    names = {2: "pyuk_str_concat", 3: "pyuk_str_concat3", 4: "pyuk_str_concat4"}
    while len(folded) > 1:
        chunk, folded = folded[:8], folded[8:]
        if len(chunk) > 4:
            chunk += [Const("", STR)] * (8 - len(chunk))
            folded.insert(0, rt(builder, "pyuk_str_concat8", chunk, node))
        else:
            folded.insert(0, rt(builder, names[len(chunk)], chunk, node))
    return folded[0]


# ---- conversions to text ----


def to_str(builder: IRBuilder, value: Operand, rtype: RType, node: Context,
           expr: Expression | None = None) -> Operand:
    """str(value)."""
    if isinstance(value, Const) and rtype in (INT, STR):
        return Const(str(value.value), STR)
    if rtype == STR and not (expr is not None and _is_optional(builder, expr)):
        return value
    if rtype == INT:
        return rt(builder, "pyuk_str_from_int", [value], node)
    if rtype == FLOAT:
        return rt(builder, "pyuk_str_from_float", [value], node)
    if rtype == BOOL:
        return rt(builder, "pyuk_str_from_bool", [value], node)
    if rtype == NONE:
        return Const("None", STR)
    if rtype == BYTES:
        return rt(builder, "pyuk_bytes_repr", [value], node)
    if rtype == BYTEARRAY:
        return rt(builder, "pyuk_bytearray_repr", [value], node)
    return _generic_text(builder, "pyuk_word_str", value, rtype, node)


def to_repr(builder: IRBuilder, value: Operand, rtype: RType, node: Context,
            expr: Expression | None = None) -> Operand:
    """repr(value)."""
    if isinstance(value, Const) and rtype == STR:
        return Const(repr(value.value), STR)
    if rtype == STR and not (expr is not None and _is_optional(builder, expr)):
        return rt(builder, "pyuk_str_repr", [value], node)
    if rtype in (INT, FLOAT, BOOL, NONE, BYTES, BYTEARRAY):
        return to_str(builder, value, rtype, node)
    return _generic_text(builder, "pyuk_word_repr", value, rtype, node)


def _generic_text(builder: IRBuilder, name: str, value: Operand, rtype: RType,
                  node: Context) -> Operand:
    """str()/repr() of any other value, through the containers' generic
    operations (runtime-c/include/pyuk/object.h)."""
    from pyuk.irbuild.containers import word_of

    w, k = word_of(builder, value, rtype, node)
    return rt(builder, name, [w, k], node)


def format_value(builder: IRBuilder, value: Operand, rtype: RType, conversion: str,
                 spec: Operand, node: Context, expr: Expression | None = None) -> Operand:
    """format(value!conversion, spec), as f-strings and str.format do."""
    if conversion == "r":
        value, rtype = to_repr(builder, value, rtype, node, expr), STR
    elif conversion == "s":
        value, rtype = to_str(builder, value, rtype, node, expr), STR
    elif conversion == "a":
        if rtype == STR and not (expr is not None and _is_optional(builder, expr)):
            value = rt(builder, "pyuk_str_ascii", [value], node)
        elif rtype in (INT, FLOAT, BOOL, NONE, BYTES, BYTEARRAY):
            value = to_repr(builder, value, rtype, node, expr)
        else:
            raise Unsupported(node, f'ascii() of "{rtype}" is not supported by pyuk yet')
        rtype = STR
    elif conversion:
        raise Unsupported(node, f'the conversion "!{conversion}" is not supported')
    if conversion:
        expr = None  # the converted text is never None
    empty_spec = isinstance(spec, Const) and spec.value == ""
    if expr is not None and _is_optional(builder, expr) and rtype not in (INT, FLOAT, BOOL):
        if empty_spec:
            return to_str(builder, value, rtype, node, expr)
        return _format_maybe_none(builder, value, rtype, spec, node)
    if empty_spec:
        return to_str(builder, value, rtype, node)
    if rtype == INT:
        return rt(builder, "pyuk_format_int", [value, spec], node)
    if rtype == FLOAT:
        return rt(builder, "pyuk_format_float", [value, spec], node)
    if rtype == BOOL:
        return rt(builder, "pyuk_format_bool", [value, spec], node)
    if rtype == STR:
        return rt(builder, "pyuk_format_str", [value, spec], node)
    if rtype == NONE:
        return rt(builder, "pyuk_format_none", [spec], node)
    from pyuk.irbuild.class_ops import enum_as_int, is_plain_enum

    if is_plain_enum(builder, rtype):  # Enum.__format__: str(member) formatted as a str
        return rt(builder, "pyuk_format_str", [to_str(builder, value, rtype, node), spec], node)
    member = enum_as_int(builder, value, rtype, node)
    if member is not None:  # IntEnum formats as int does (ReprEnum in 3.11)
        return rt(builder, "pyuk_format_int", [member[0], spec], node)
    type_name = rtype.name.split("[", 1)[0].rsplit(".", 1)[-1]
    text = to_str(builder, value, rtype, node)
    return rt(builder, "pyuk_format_default", [text, spec, Const(type_name, STR)], node)


_OPTIONAL_NUMBERS = {"int | None": INT, "float | None": FLOAT, "bool | None": BOOL}


def _format_maybe_none(builder: IRBuilder, value: Operand, rtype: RType, spec: Operand,
                       node: Context) -> Operand:
    """format(x, spec) where x may be None: NoneType's rules for None, the
    value's own otherwise (decided at run time)."""
    result = builder.temp(STR)
    is_none, is_value, done = builder.new_block(), builder.new_block(), builder.new_block()
    builder.branch(builder.emit("ref.is", [value, Const(None, NONE)], node), is_none, is_value)
    builder.activate(is_none)
    builder.move(result, rt(builder, "pyuk_format_none", [spec], node))
    builder.goto(done)
    builder.activate(is_value)
    inner = _OPTIONAL_NUMBERS.get(rtype.name)
    if inner is not None:
        value, rtype = builder.emit("unbox", [value], node, result=inner), inner
    builder.move(result, format_value(builder, value, rtype, "", spec, node))
    builder.goto(done)
    builder.activate(done)
    return result


# ---- str.format and f-strings ----


@dataclass
class _Field:
    """One replacement field of a format string."""

    arg: int | str          # positional index or keyword name
    conversion: str
    spec: list[str | _Field]  # literal text and nested fields


def _parse_format(text: str, node: Context) -> list[str | _Field]:
    """Parses a str.format template as CPython does (MarkupIterator), with
    automatic or manual field numbering."""
    auto = [0]
    numbering: list[str] = []

    def field_arg(name: str) -> int | str:
        if name == "":
            if numbering and numbering[0] == "manual":
                raise Unsupported(node, "cannot switch from manual field specification to"
                                  " automatic field numbering")
            numbering[:] = ["auto"]
            auto[0] += 1
            return auto[0] - 1
        if name.isdigit():
            if numbering and numbering[0] == "auto":
                raise Unsupported(node, "cannot switch from automatic field numbering to"
                                  " manual field specification")
            numbering[:] = ["manual"]
            return int(name)
        if name.isidentifier():
            return name
        raise Unsupported(node, f'the replacement field "{name}" is not supported by pyuk'
                          " (attribute and item access in format strings)")

    def parse(s: str, depth: int) -> list[str | _Field]:
        out: list[str | _Field] = []
        literal = ""
        i = 0
        while i < len(s):
            c = s[i]
            if c == "}":
                if s[i + 1:i + 2] == "}" and depth == 0:
                    literal += "}"
                    i += 2
                    continue
                raise Unsupported(node, "Single '}' encountered in format string")
            if c != "{":
                literal += c
                i += 1
                continue
            if s[i + 1:i + 2] == "{" and depth == 0:
                literal += "{"
                i += 2
                continue
            # a field: find its matching brace
            level, j = 1, i + 1
            while j < len(s) and level:
                level += {"{": 1, "}": -1}.get(s[j], 0)
                j += 1
            if level:
                raise Unsupported(node, "expected '}' before end of string")
            body = s[i + 1:j - 1]
            if literal:
                out.append(literal)
                literal = ""
            name, conversion, spec = body, "", ""
            colon = _top_level(body, ":")
            if colon >= 0:
                name, spec = body[:colon], body[colon + 1:]
            bang = name.find("!")
            if bang >= 0:
                name, conversion = name[:bang], name[bang + 1:]
                if len(conversion) != 1:
                    raise Unsupported(node, "expected ':' after conversion specifier")
            if depth >= 1 and (":" in spec or "{" in spec):
                raise Unsupported(node, "Max string recursion exceeded")
            out.append(_Field(field_arg(name), conversion, parse(spec, depth + 1)))
            i = j
        if literal:
            out.append(literal)
        return out

    return parse(text, 0)


def _top_level(body: str, ch: str) -> int:
    """Index of the first ``ch`` outside nested braces and brackets."""
    level = 0
    for i, c in enumerate(body):
        if c in "{[":
            level += 1
        elif c in "}]":
            level -= 1
        elif c == ch and level == 0:
            return i
    return -1


def _lower_format_call(builder: IRBuilder, call: CallExpr, template: str) -> Operand:
    parts = _parse_format(template, call)
    positional: list[Expression] = []
    keywords: dict[str, Expression] = {}
    for arg, kind, name in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if kind == ARG_POS:
            positional.append(arg)
        elif kind == ARG_NAMED and name is not None:
            keywords[name] = arg
        else:
            raise Unsupported(call, "*args and **kwargs in str.format are not supported by pyuk")
    # every argument is evaluated once, in order, before formatting
    values: dict[int | str, tuple[Operand, RType, Expression]] = {}
    for i, arg in enumerate(positional):
        values[i] = (_keep(builder, builder.expr(arg), builder.rtype_of(arg)),
                     builder.rtype_of(arg), arg)
    for name, arg in keywords.items():
        values[name] = (_keep(builder, builder.expr(arg), builder.rtype_of(arg)),
                        builder.rtype_of(arg), arg)

    def render(items: list[str | _Field]) -> list[Operand]:
        out: list[Operand] = []
        for item in items:
            if isinstance(item, str):
                out.append(Const(item, STR))
                continue
            if item.arg not in values:
                if isinstance(item.arg, int):
                    raise Unsupported(call, f"Replacement index {item.arg} out of range for"
                                      " positional args tuple")
                raise Unsupported(call, f"KeyError: '{item.arg}' (no such keyword argument)")
            value, rtype, expr = values[item.arg]
            spec = concat(builder, render(item.spec), call)
            out.append(format_value(builder, value, rtype, item.conversion, spec, call, expr))
        return out

    return concat(builder, render(parts), call)


def _keep(builder: IRBuilder, value: Operand, rtype: RType) -> Operand:
    if isinstance(value, Const):
        return value
    temp = builder.temp(rtype)
    builder.move(temp, value)
    return temp


# ---- printf-style formatting: "%5.2f" % x ----


def _percent_args(builder: IRBuilder, right: Operand, right_type: RType, node: Context
                  ) -> list[tuple[Operand, RType, Expression | None]]:
    """The values a %-format consumes: the items of a tuple, else the value."""
    from mypy.nodes import OpExpr
    from mypy.types import TupleType

    right_expr = node.right if isinstance(node, OpExpr) else None
    t = proper(builder.type_of(right_expr)) if right_expr is not None else None
    if not isinstance(t, TupleType):
        if right_type.name.startswith("tuple["):
            raise Unsupported(node, "%-formatting with a variable-length tuple is not"
                              " supported by pyuk")
        return [(right, right_type, right_expr)]
    from pyuk.irbuild.containers import unpack

    items: list[tuple[Operand, RType, Expression | None]] = []
    for i, item in enumerate(t.items):
        rtype = builder.rtype(item, node)
        word = builder.emit("tuple.item", [right, Const(i, INT)], node)
        items.append((unpack(builder, word, rtype, node), rtype, None))
    return items


def _lower_percent(builder: IRBuilder, left: Operand, right: Operand, right_type: RType,
                   node: Context) -> Operand:
    """printf-style formatting of a literal template, compiled to the same
    format-spec calls as f-strings."""
    if not isinstance(left, Const) or not isinstance(left.value, str):
        raise Unsupported(node, "%-formatting needs a literal format string in pyuk")
    fmt = left.value
    args = _percent_args(builder, right, right_type, node)
    parts: list[Operand] = []
    used = 0
    i = 0
    literal = ""
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            literal += c
            i += 1
            continue
        i += 1
        if i < len(fmt) and fmt[i] == "%":
            literal += "%"
            i += 1
            continue
        flags = ""
        while i < len(fmt) and fmt[i] in "-+ #0":
            flags += fmt[i]
            i += 1
        if i < len(fmt) and fmt[i] in "(*":
            raise Unsupported(node, "%-formatting with a mapping key or '*' is not supported"
                              " by pyuk")
        width = ""
        while i < len(fmt) and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        precision = None
        if i < len(fmt) and fmt[i] == ".":
            i += 1
            precision = ""
            while i < len(fmt) and fmt[i].isdigit():
                precision += fmt[i]
                i += 1
            precision = precision or "0"
        while i < len(fmt) and fmt[i] in "hlL":
            i += 1
        if i >= len(fmt):
            raise Unsupported(node, "incomplete format")
        conv = fmt[i]
        i += 1
        if used >= len(args):
            raise Unsupported(node, "not enough arguments for format string")
        value, vtype, expr = args[used]
        used += 1
        if literal:
            parts.append(Const(literal, STR))
            literal = ""
        parts.append(_percent_field(builder, value, vtype, expr, flags, width, precision, conv,
                                    node))
    if used != len(args):
        raise Unsupported(node, "not all arguments converted during string formatting")
    if literal:
        parts.append(Const(literal, STR))
    return concat(builder, parts, node)


def _percent_field(builder: IRBuilder, value: Operand, vtype: RType, expr: Expression | None,
                   flags: str, width: str, precision: str | None, conv: str,
                   node: Context) -> Operand:
    align = "<" if "-" in flags else ">"
    if conv in "sra":
        if conv == "a" and vtype == STR:
            text = rt(builder, "pyuk_str_ascii", [value], node)
        else:
            text = (to_str if conv == "s" else to_repr)(builder, value, vtype, node, expr)
        spec = align + width + (f".{precision}" if precision is not None else "")
        return text if spec in ("<", ">") else rt(builder, "pyuk_format_str",
                                                   [text, Const(spec, STR)], node)
    if conv == "c":
        if vtype == STR:
            text = value
        else:
            text = rt(builder, "pyuk_str_chr", [_int(builder, value, vtype, node)], node)
        return rt(builder, "pyuk_format_str", [text, Const(align + width, STR)], node)
    sign = "+" if "+" in flags else " " if " " in flags else ""
    zero = "0" if "0" in flags and "-" not in flags else ""
    alt = "#" if "#" in flags else ""
    if conv in "diu":
        if precision is not None:
            raise Unsupported(node, "a precision on %d is not supported by pyuk")
        if vtype == FLOAT:
            value, vtype = builder.emit("float.to_int", [value], node), INT
        n = _int(builder, value, vtype, node)
        spec = ("" if zero else align) + sign + zero + width + "d"
        return rt(builder, "pyuk_format_int", [n, Const(spec, STR)], node)
    if conv in "xXo":
        if precision is not None:
            raise Unsupported(node, "a precision on %x is not supported by pyuk")
        n = _int(builder, value, vtype, node)
        spec = ("" if zero else align) + sign + alt + zero + width + conv
        return rt(builder, "pyuk_format_int", [n, Const(spec, STR)], node)
    if conv in "eEfFgG":
        if vtype in (INT, BOOL):
            value = builder.emit("int.to_float", [_int(builder, value, vtype, node)], node)
        elif vtype != FLOAT:
            raise Unsupported(node, f'%{conv} of "{vtype}" is not supported by pyuk')
        spec = ("" if zero else align) + sign + alt + zero + width + "." + (
            precision if precision is not None else "6") + conv
        return rt(builder, "pyuk_format_float", [value, Const(spec, STR)], node)
    raise Unsupported(node, f"unsupported format character '{conv}'")


# ---- operators ----


def _fold_str(op: str, left: Operand, right: Operand) -> Operand | None:
    if not (isinstance(left, Const) and isinstance(right, Const)):
        return None
    if op == "+" and isinstance(left.value, str) and isinstance(right.value, str):
        return Const(left.value + right.value, STR)
    return None


def binary_hook(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                right_type: RType, result_type: RType | None, node: Context
                ) -> tuple[Operand, RType] | None:
    if left_type == STR and right_type == STR and op == "+":
        folded = _fold_str(op, left, right)
        if folded is not None:
            return folded, STR
        return rt(builder, "pyuk_str_concat", [left, right], node), STR
    if op == "*" and STR in (left_type, right_type) and {left_type, right_type} & {INT, BOOL}:
        s, n, n_type = (left, right, right_type) if left_type == STR else (right, left, left_type)
        return rt(builder, "pyuk_str_repeat", [s, _int(builder, n, n_type, node)], node), STR
    if op == "%" and left_type == STR:
        return _lower_percent(builder, left, right, right_type, node), STR
    if left_type == BYTES and right_type in BINARY and op == "+":
        if right_type == BYTEARRAY:
            right = rt(builder, "pyuk_bytes_from_bytearray", [right], node)
        return rt(builder, "pyuk_bytes_concat", [left, right], node), BYTES
    if left_type == BYTEARRAY and right_type in BINARY and op == "+":
        return rt(builder, "pyuk_bytearray_concat", [left, right], node), BYTEARRAY
    for seq in BINARY:
        if op == "*" and seq in (left_type, right_type) and {left_type, right_type} & {INT, BOOL}:
            b, n, n_type = (left, right, right_type) if left_type == seq else (
                right, left, left_type)
            name = "pyuk_bytes_repeat" if seq == BYTES else "pyuk_bytearray_repeat"
            return rt(builder, name, [b, _int(builder, n, n_type, node)], node), seq
    return None


_CODES = {"<": 0, "<=": 1, "==": 2, "!=": 3, ">": 4, ">=": 5}
_INT_COMPARE = {"<": "int.lt", "<=": "int.le", "==": "int.eq", "!=": "int.ne", ">": "int.gt",
                ">=": "int.ge"}


def compare_hook(builder: IRBuilder, op: str, left: Operand, left_type: RType, right: Operand,
                 right_type: RType, node: Context) -> Operand | None:
    if op in ("in", "not in"):
        result = _contains(builder, left, left_type, right, right_type, node)
        if result is None:
            return None
        return result if op == "in" else builder.emit("bool.not", [result], node)
    if op not in _CODES:
        return None
    if left_type == STR and right_type == STR:
        if op in ("==", "!="):
            return None  # logic.compare has str equality
        if isinstance(left, Const) and isinstance(right, Const):
            lv, rv = str(left.value), str(right.value)
            return Const({"<": lv < rv, "<=": lv <= rv, ">": lv > rv, ">=": lv >= rv}[op], BOOL)
        order = rt(builder, "pyuk_str_compare", [left, right], node)
        return builder.emit(_INT_COMPARE[op], [order, Const(0, INT)], node)
    if left_type in BINARY and right_type in BINARY:
        if left_type == BYTES and right_type == BYTES:
            if op in ("==", "!="):
                eq = rt(builder, "pyuk_bytes_eq", [left, right], node)
                return eq if op == "==" else builder.emit("bool.not", [eq], node)
            order = rt(builder, "pyuk_bytes_compare", [left, right], node)
            return builder.emit(_INT_COMPARE[op], [order, Const(0, INT)], node)
        # a bytearray on either side: compare from the bytearray's side
        if left_type == BYTEARRAY:
            a, other, mirrored = left, right, False
        else:
            a, other, mirrored = right, left, True
        if op in ("==", "!="):
            eq = rt(builder, "pyuk_bytearray_eq", [a, other], node)
            return eq if op == "==" else builder.emit("bool.not", [eq], node)
        order = rt(builder, "pyuk_bytearray_compare", [a, other], node)
        if mirrored:
            order = builder.emit("int.neg", [order], node)
        return builder.emit(_INT_COMPARE[op], [order, Const(0, INT)], node)
    return None


def _contains(builder: IRBuilder, item: Operand, item_type: RType, container: Operand,
              container_type: RType, node: Context) -> Operand | None:
    if container_type == STR and item_type == STR:
        if isinstance(item, Const) and isinstance(container, Const):
            return Const(str(item.value) in str(container.value), BOOL)
        return rt(builder, "pyuk_str_contains", [container, item], node)
    if container_type not in BINARY:
        return None
    as_bytes = container
    if container_type == BYTEARRAY:
        as_bytes = rt(builder, "pyuk_bytes_from_bytearray", [container], node)
    if item_type in (INT, BOOL):
        return rt(builder, "pyuk_bytes_contains_int", [as_bytes, _int(builder, item, item_type,
                                                                       node)], node)
    if item_type in BINARY:
        if item_type == BYTEARRAY:
            item = rt(builder, "pyuk_bytes_from_bytearray", [item], node)
        return rt(builder, "pyuk_bytes_contains", [as_bytes, item], node)
    return None


# ---- indexing ----


def _index_binary(builder: IRBuilder, expr: IndexExpr) -> Operand:
    cls = class_of(builder.type_of(expr.base))
    base = builder.expr(expr.base)
    prefix = "pyuk_bytes" if cls == "builtins.bytes" else "pyuk_bytearray"
    if isinstance(expr.index, SliceExpr):
        return rt(builder, f"{prefix}_slice", [base, *slice_args(builder, expr.index)], expr)
    return rt(builder, f"{prefix}_getitem", [base, _int_arg(builder, expr.index)], expr)


def _index_str(builder: IRBuilder, expr: IndexExpr) -> Operand:
    base = builder.expr(expr.base)
    if isinstance(expr.index, SliceExpr):
        return rt(builder, "pyuk_str_slice", [base, *slice_args(builder, expr.index)], expr)
    return rt(builder, "pyuk_str_getitem", [base, _int_arg(builder, expr.index)], expr)


INDEX_HANDLERS["builtins.str"] = _index_str
INDEX_HANDLERS["builtins.bytes"] = _index_binary
INDEX_HANDLERS["builtins.bytearray"] = _index_binary


def store_hook(builder: IRBuilder, target: Expression, value: Operand, value_type: RType
               ) -> bool:
    """bytearray items and slices: ba[i] = n, ba[a:b] = data."""
    if not isinstance(target, IndexExpr):
        return False
    if class_of(builder.type_of(target.base)) != "builtins.bytearray":
        return False
    base = builder.expr(target.base)
    if isinstance(target.index, SliceExpr):
        args = slice_args(builder, target.index)
        if value_type not in BINARY:
            raise Unsupported(target, f'assigning "{value_type}" to a bytearray slice is not'
                              " supported by pyuk yet")
        rt(builder, "pyuk_bytearray_setslice", [base, *args, value], target)
        return True
    index = _int_arg(builder, target.index)
    rt(builder, "pyuk_bytearray_setitem", [base, index, _int(builder, value, value_type, target)],
       target)
    return True


def del_hook(builder: IRBuilder, target: IndexExpr) -> bool:
    """del ba[i], del ba[a:b:c] on a bytearray."""
    if class_of(builder.type_of(target.base)) != "builtins.bytearray":
        return False
    base = builder.expr(target.base)
    if isinstance(target.index, SliceExpr):
        rt(builder, "pyuk_bytearray_del_slice", [base, *slice_args(builder, target.index)],
           target)
    else:
        rt(builder, "pyuk_bytearray_delitem", [base, _int_arg(builder, target.index)], target)
    return True


# ---- s += t in loops: amortised appends ----
#
# CPython makes ``s += t`` in a loop linear by resizing s in place when
# nothing else refers to it.  pyuk cannot count references, so the
# compiler proves it instead: in a loop where a local str variable is only
# ever used as ``v += expr`` (expr not using v) or ``len(v)``, and no
# closure captures it, its appends go through pyuk_str_append with an
# "owner" register reset to None each time the loop is entered; the
# object an append returns is referred to by v alone until the loop ends,
# so the next append may extend it in place (capacity doubling).


def _loop_uses(loop: Statement) -> tuple[dict[Var, list[OperatorAssignmentStmt]], set[Var]]:
    """The str appends ``v += e`` in a loop, and the variables used any
    other way (which rules them out); ``len(v)`` reads only the length."""
    from pyuk.frontend.walk import children

    appends: dict[Var, list[OperatorAssignmentStmt]] = {}
    used: set[Var] = set()

    def visit(node: Node) -> None:
        if (isinstance(node, OperatorAssignmentStmt) and node.op == "+"
                and isinstance(node.lvalue, NameExpr) and isinstance(node.lvalue.node, Var)):
            appends.setdefault(node.lvalue.node, []).append(node)
            visit(node.rvalue)
            return
        if (isinstance(node, CallExpr) and isinstance(node.callee, RefExpr)
                and node.callee.fullname == "builtins.len" and len(node.args) == 1
                and isinstance(node.args[0], NameExpr)):
            return
        if isinstance(node, NameExpr) and isinstance(node.node, Var):
            used.add(node.node)
        for child in children(node):
            visit(child)

    visit(loop)
    return appends, used


_APPEND_PLANS: dict[object, dict[int, Register]] = {}


def _captured(builder: IRBuilder, var: Var) -> bool:
    try:
        from pyuk.irbuild.closures import analysis
    except ImportError:  # pragma: no cover - closures are part of pyuk
        return True
    try:
        return var in analysis(builder.program).cells
    except Exception:
        return True


def _plan_appends(builder: IRBuilder, loop: Statement) -> None:
    """Before a loop: give each provable ``v += e`` an owner register, reset
    here, on every entry to the loop."""
    if builder.fn.display == "<module>":
        return  # module-level variables are globals other code can read
    plans = _APPEND_PLANS.setdefault(builder.fn, {})
    appends, used = _loop_uses(loop)
    for var, stmts in appends.items():
        if var in used or any(id(s) in plans for s in stmts):
            continue  # read in the loop, or planned by an enclosing loop
        if var.type is None or fullname_of(var.type) != "builtins.str" or isinstance(
                proper(var.type), UnionType):
            continue
        if not all(isinstance(s.lvalue, NameExpr) and s.lvalue.kind == LDEF for s in stmts):
            continue
        if _captured(builder, var):
            continue
        owner = builder.temp(STR)
        builder.move(owner, Const(None, NONE))
        for s in stmts:
            plans[id(s)] = owner


def _append(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    owner = _APPEND_PLANS.get(builder.fn, {}).get(id(stmt))
    if owner is None or builder.rtype_of(stmt.rvalue) != STR:
        return False
    target = stmt.lvalue
    current = builder.expr(target)
    value = builder.expr(stmt.rvalue)
    result = rt(builder, "pyuk_str_append", [current, value, owner], stmt)
    builder.move(owner, result)
    statements.store(builder, target, result, STR)
    return True


def _wrap_loop(node_type: type[Statement]) -> None:
    previous = STATEMENT_HANDLERS[node_type]

    def lower(builder: IRBuilder, stmt: Statement) -> None:
        _plan_appends(builder, stmt)
        previous(builder, stmt)

    STATEMENT_HANDLERS[node_type] = lower


def augassign_hook(builder: IRBuilder, stmt: OperatorAssignmentStmt) -> bool:
    """ba += data extends in place; ba[i] op= n; s += t in planned loops."""
    if _append(builder, stmt):
        return True
    target = stmt.lvalue
    if isinstance(target, IndexExpr) and class_of(
            builder.type_of(target.base)) == "builtins.bytearray" and not isinstance(
            target.index, SliceExpr):
        base = builder.expr(target.base)
        index = _keep(builder, _int_arg(builder, target.index), INT)
        current = rt(builder, "pyuk_bytearray_getitem", [base, index], target)
        value = builder.expr(stmt.rvalue)
        result, rtype = arithmetic.binary_numeric(builder, stmt.op, current, INT, value,
                                                  builder.rtype_of(stmt.rvalue), None, stmt)
        rt(builder, "pyuk_bytearray_setitem", [base, index, _int(builder, result, rtype, stmt)],
           stmt)
        return True
    if builder.rtype_of(target) != BYTEARRAY or stmt.op != "+":
        return False
    other_type = builder.rtype_of(stmt.rvalue)
    ba = builder.expr(target)
    other = builder.expr(stmt.rvalue)
    if other_type in BINARY:
        rt(builder, "pyuk_bytearray_extend", [ba, other], stmt)
    elif other_type.name.startswith("list["):
        rt(builder, "pyuk_bytearray_extend_list", [ba, other], stmt)
    else:
        raise Unsupported(stmt, f'bytearray += "{other_type}" is not supported by pyuk yet')
    if not isinstance(target, NameExpr):
        statements.store(builder, target, ba, BYTEARRAY)
    return True


# ---- arguments of builtin methods ----


def bind_args(call: CallExpr, params: list[str], first: int = 0) -> dict[str, Expression]:
    """Maps a call's arguments to parameter names (positional in order,
    then keywords); arguments start at ``first``."""
    out: dict[str, Expression] = {}
    pos = 0
    for arg, kind, name in zip(call.args[first:], call.arg_kinds[first:],
                               call.arg_names[first:], strict=True):
        if kind == ARG_POS:
            if pos >= len(params):
                raise Unsupported(call, "too many arguments")
            out[params[pos]] = arg
            pos += 1
        elif kind == ARG_NAMED and name is not None and name in params:
            out[name] = arg
        else:
            raise Unsupported(call, f"this argument form is not supported by pyuk ({name})")
    return out


def _str_arg(builder: IRBuilder, expr: Expression) -> Operand:
    """A str argument (mypy checked it, unless told to ignore: the runtime
    would read anything else as a str)."""
    if builder.rtype_of(expr) != STR or _is_optional(builder, expr):
        raise Unsupported(expr, f'a str is expected here, not "{builder.rtype_of(expr)}"')
    return builder.expr(expr)


def _opt_str(builder: IRBuilder, expr: Expression | None) -> Operand:
    """A str argument that may be None (NULL)."""
    if expr is None or is_none_literal(expr):
        return Const(None, NONE)
    if builder.rtype_of(expr) != STR:
        raise Unsupported(expr, f'a str or None is expected here, not "{builder.rtype_of(expr)}"')
    return builder.expr(expr)


def _opt_int(builder: IRBuilder, expr: Expression | None, default: int) -> Operand:
    if expr is None:
        return Const(default, INT)
    return _int_arg(builder, expr)


def _window(builder: IRBuilder, args: dict[str, Expression]) -> list[Operand]:
    """start, end, given of find/count/startswith... (None allowed)."""
    given = 0
    out: list[Operand] = []
    for name, bit in (("start", SLICE_START), ("end", SLICE_STOP)):
        expr = args.get(name)
        if expr is None or is_none_literal(expr):
            out.append(Const(0, INT))
            continue
        if builder.rtype_of(expr) not in (INT, BOOL):
            raise Unsupported(expr, "start/end that may be None are not supported by pyuk yet")
        out.append(_int_arg(builder, expr))
        given |= bit
    return [*out, Const(given, INT)]


def _strict_errors(builder: IRBuilder, args: dict[str, Expression]) -> None:
    errors = args.get("errors")
    if errors is not None and not (isinstance(errors, StrExpr) and errors.value == "strict"):
        raise Unsupported(errors, "only errors='strict' is supported by pyuk")


MethodFn = Callable[[IRBuilder, CallExpr, Expression], Operand]


def _register(cls: str, name: str) -> Callable[[MethodFn], MethodFn]:
    def register(fn: MethodFn) -> MethodFn:
        METHOD_CALLS[f"builtins.{cls}.{name}"] = fn
        return fn

    return register


# ---- str methods ----


def _unary_method(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        bind_args(call, [])
        return rt(builder, runtime, [builder.expr(recv)], call)

    return lower


for _name in ("upper", "lower", "swapcase", "capitalize", "title", "casefold", "isalpha", "isdigit",
              "isdecimal", "isnumeric", "isspace", "isalnum", "isprintable", "isascii",
              "isupper", "islower", "istitle"):
    METHOD_CALLS[f"builtins.str.{_name}"] = _unary_method(f"pyuk_str_{_name}")


def _search_method(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        args = bind_args(call, ["sub", "start", "end"])
        sub = _str_arg(builder, args["sub"])
        return rt(builder, runtime, [s, sub, *_window(builder, args)], call)

    return lower


for _name in ("find", "rfind", "index", "rindex", "count"):
    METHOD_CALLS[f"builtins.str.{_name}"] = _search_method(f"pyuk_str_{_name}")


def _affix_method(name: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        args = bind_args(call, ["prefix", "start", "end"])
        affix_expr = args["prefix"]
        if builder.rtype_of(affix_expr) != STR and not builder.rtype_of(
                affix_expr).name.startswith("tuple["):
            raise Unsupported(affix_expr, "a str or a tuple of str is expected here")
        affix = builder.expr(affix_expr)
        window = _window(builder, args)
        if builder.rtype_of(affix_expr) == STR:
            return rt(builder, f"pyuk_str_{name}", [s, affix, *window], call)
        return rt(builder, f"pyuk_str_{name}_any", [s, affix, *window], call)

    return lower


METHOD_CALLS["builtins.str.startswith"] = _affix_method("startswith")
METHOD_CALLS["builtins.str.endswith"] = _affix_method("endswith")


def _split_method(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        args = bind_args(call, ["sep", "maxsplit"])
        sep = _opt_str(builder, args.get("sep"))
        maxsplit = _opt_int(builder, args.get("maxsplit"), -1)
        result = builder.temp(builder.rtype_of(call))
        builder.move(result, rt(builder, runtime, [s, sep, maxsplit], call))
        return result

    return lower


METHOD_CALLS["builtins.str.split"] = _split_method("pyuk_str_split")
METHOD_CALLS["builtins.str.rsplit"] = _split_method("pyuk_str_rsplit")


@_register("str", "splitlines")
def _splitlines(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s = builder.expr(recv)
    args = bind_args(call, ["keepends"])
    keep: Operand = Const(False, BOOL)
    if "keepends" in args:
        from pyuk.irbuild.coerce import truth_value

        e = args["keepends"]
        keep = truth_value(builder, builder.expr(e), builder.rtype_of(e), e)
    result = builder.temp(builder.rtype_of(call))
    builder.move(result, rt(builder, "pyuk_str_splitlines", [s, keep], call))
    return result


def _strip_method(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        args = bind_args(call, ["chars"])
        return rt(builder, runtime, [s, _opt_str(builder, args.get("chars"))], call)

    return lower


for _name in ("strip", "lstrip", "rstrip"):
    METHOD_CALLS[f"builtins.str.{_name}"] = _strip_method(f"pyuk_str_{_name}")


def _pad_method(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        args = bind_args(call, ["width", "fillchar"])
        width = _int_arg(builder, args["width"])
        fill = _opt_str(builder, args.get("fillchar"))
        return rt(builder, runtime, [s, width, fill], call)

    return lower


for _name in ("ljust", "rjust", "center"):
    METHOD_CALLS[f"builtins.str.{_name}"] = _pad_method(f"pyuk_str_{_name}")


@_register("str", "zfill")
def _zfill(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s = builder.expr(recv)
    args = bind_args(call, ["width"])
    return rt(builder, "pyuk_str_zfill", [s, _int_arg(builder, args["width"])], call)


@_register("str", "expandtabs")
def _expandtabs(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s = builder.expr(recv)
    args = bind_args(call, ["tabsize"])
    return rt(builder, "pyuk_str_expandtabs", [s, _opt_int(builder, args.get("tabsize"), 8)],
              call)


def _partition_method(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        args = bind_args(call, ["sep"])
        result = builder.temp(builder.rtype_of(call))
        builder.move(result, rt(builder, runtime, [s, _str_arg(builder, args["sep"])], call))
        return result

    return lower


METHOD_CALLS["builtins.str.partition"] = _partition_method("pyuk_str_partition")
METHOD_CALLS["builtins.str.rpartition"] = _partition_method("pyuk_str_rpartition")


def _affix_remove(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        s = builder.expr(recv)
        (arg,) = bind_args(call, ["affix"]).values()
        return rt(builder, runtime, [s, _str_arg(builder, arg)], call)

    return lower


METHOD_CALLS["builtins.str.removeprefix"] = _affix_remove("pyuk_str_removeprefix")
METHOD_CALLS["builtins.str.removesuffix"] = _affix_remove("pyuk_str_removesuffix")


@_register("str", "replace")
def _replace(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s = builder.expr(recv)
    args = bind_args(call, ["old", "new", "count"])
    old, new = _str_arg(builder, args["old"]), _str_arg(builder, args["new"])
    return rt(builder, "pyuk_str_replace",
              [s, old, new, _opt_int(builder, args.get("count"), -1)], call)


@_register("str", "join")
def _join(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    args = bind_args(call, ["iterable"])
    items = args["iterable"]
    if isinstance(items, ListExpr) and all(
            builder.rtype_of(i) == STR for i in items.items):
        if isinstance(recv, StrExpr) and recv.value == "":
            # an f-string: one concatenation
            return concat(builder, [builder.expr(i) for i in items.items], call)
        sep = builder.expr(recv)
        parts: list[Operand] = []
        values = [_keep(builder, builder.expr(i), STR) for i in items.items]
        for k, v in enumerate(values):
            if k:
                parts.append(sep)
            parts.append(v)
        return concat(builder, parts, call)
    sep = builder.expr(recv)
    rtype = builder.rtype_of(items)
    if rtype.name == "list[str]":
        return rt(builder, "pyuk_str_join", [sep, builder.expr(items)], call)
    from pyuk.irbuild.iteration import collect_list

    lst = collect_list(builder, items, STR, RType("list[str]", OBJECT.repr), call)
    return rt(builder, "pyuk_str_join", [sep, lst], call)


@_register("str", "format")
def _format(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    if not isinstance(recv, StrExpr):
        raise Unsupported(call, "str.format on a format string that is not a literal is not"
                          " supported by pyuk")
    return _lower_format_call(builder, call, recv.value)


@_register("str", "encode")
def _encode(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    s = builder.expr(recv)
    args = bind_args(call, ["encoding", "errors"])
    _strict_errors(builder, args)
    encoding = _str_arg(builder, args["encoding"]) if "encoding" in args else Const("utf-8", STR)
    return rt(builder, "pyuk_str_encode", [s, encoding], call)


# ---- bytes and bytearray methods ----


def _binary_method(suffix: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        cls = class_of(builder.type_of(recv))
        prefix = "pyuk_bytes" if cls == "builtins.bytes" else "pyuk_bytearray"
        b = builder.expr(recv)
        if suffix == "decode":
            args = bind_args(call, ["encoding", "errors"])
            _strict_errors(builder, args)
            encoding = _str_arg(builder, args["encoding"]) if "encoding" in args else Const(
                "utf-8", STR)
            return rt(builder, f"{prefix}_decode", [b, encoding], call)
        if suffix == "hex" and call.args:
            return _hex_with_sep(builder, call, b)
        bind_args(call, [])
        return rt(builder, f"{prefix}_{suffix}", [b], call)

    return lower


def _hex_with_sep(builder: IRBuilder, call: CallExpr, b: Operand) -> Operand:
    """b.hex(sep, bytes_per_sep=1) with a str separator."""
    args = bind_args(call, ["sep", "bytes_per_sep"])
    sep = args.get("sep")
    if sep is None or builder.rtype_of(sep) != STR:
        raise Unsupported(call, "hex() needs a str separator in pyuk")
    sep_value = builder.expr(sep)
    per = _int_arg(builder, args["bytes_per_sep"]) if "bytes_per_sep" in args else Const(1, INT)
    return rt(builder, "pyuk_binary_hex_sep", [b, sep_value, per], call)


for _cls in ("bytes", "bytearray"):
    METHOD_CALLS[f"builtins.{_cls}.decode"] = _binary_method("decode")
    METHOD_CALLS[f"builtins.{_cls}.hex"] = _binary_method("hex")


# bytes share str's layout, so str's search/split/strip/replace/join serve
# them too (runtime-c/include/pyuk/bytes.h); a bytearray is searched
# through a bytes copy.


def _as_bytes(builder: IRBuilder, expr: Expression) -> Operand:
    value = builder.expr(expr)
    rtype = builder.rtype_of(expr)
    if rtype == BYTEARRAY:
        return rt(builder, "pyuk_bytes_from_bytearray", [value], expr)
    if rtype != BYTES:
        raise Unsupported(expr, f'a bytes argument is expected here, not "{rtype}" (ints'
                          " are not supported by pyuk here yet)")
    return value


def _bytes_search(name: str) -> MethodFn:
    runtime = {"index": "pyuk_bytes_index", "rindex": "pyuk_bytes_rindex"}.get(
        name, f"pyuk_str_{name}")

    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        b = _as_bytes(builder, recv)
        args = bind_args(call, ["sub", "start", "end"])
        sub_expr = args["sub"]
        if name in ("startswith", "endswith") and builder.rtype_of(sub_expr) not in BINARY:
            affix = builder.expr(sub_expr)
            return rt(builder, f"pyuk_str_{name}_any", [b, affix, *_window(builder, args)],
                      call)
        sub = _as_bytes(builder, sub_expr)
        return rt(builder, runtime, [b, sub, *_window(builder, args)], call)

    return lower


for _cls in ("bytes", "bytearray"):
    for _name in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        METHOD_CALLS[f"builtins.{_cls}.{_name}"] = _bytes_search(_name)


def _bytes_split(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        b = builder.expr(recv)
        args = bind_args(call, ["sep", "maxsplit"])
        sep_expr = args.get("sep")
        sep = Const(None, NONE) if sep_expr is None or is_none_literal(sep_expr) else _as_bytes(
            builder, sep_expr)
        maxsplit = _opt_int(builder, args.get("maxsplit"), -1)
        result = builder.temp(builder.rtype_of(call))
        builder.move(result, rt(builder, runtime, [b, sep, maxsplit], call))
        return result

    return lower


METHOD_CALLS["builtins.bytes.split"] = _bytes_split("pyuk_str_split")
METHOD_CALLS["builtins.bytes.rsplit"] = _bytes_split("pyuk_str_rsplit")


def _bytes_strip(runtime: str) -> MethodFn:
    def lower(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
        b = builder.expr(recv)
        args = bind_args(call, ["bytes"])
        chars_expr = args.get("bytes")
        chars = Const(None, NONE) if chars_expr is None or is_none_literal(chars_expr) else \
            _as_bytes(builder, chars_expr)
        return rt(builder, runtime, [b, chars], call)

    return lower


for _name in ("strip", "lstrip", "rstrip"):
    METHOD_CALLS[f"builtins.bytes.{_name}"] = _bytes_strip(f"pyuk_str_{_name}")


@_register("bytes", "replace")
def _bytes_replace(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    b = builder.expr(recv)
    args = bind_args(call, ["old", "new", "count"])
    old, new = _as_bytes(builder, args["old"]), _as_bytes(builder, args["new"])
    return rt(builder, "pyuk_str_replace",
              [b, old, new, _opt_int(builder, args.get("count"), -1)], call)


@_register("bytes", "join")
def _bytes_join(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    sep = builder.expr(recv)
    items = bind_args(call, ["iterable_of_bytes"])["iterable_of_bytes"]
    rtype = builder.rtype_of(items)
    if rtype.name in ("list[bytes]", "list[typing_extensions.Buffer]"):
        return rt(builder, "pyuk_str_join", [sep, builder.expr(items)], call)
    if rtype.name.startswith("list["):
        raise Unsupported(call, f'bytes.join of "{rtype}" is not supported by pyuk yet')
    from pyuk.irbuild.iteration import collect_list

    lst = collect_list(builder, items, BYTES, RType("list[bytes]", OBJECT.repr), call)
    return rt(builder, "pyuk_str_join", [sep, lst], call)


METHOD_CALLS["builtins.bytes.upper"] = _unary_method("pyuk_bytes_upper")
METHOD_CALLS["builtins.bytes.lower"] = _unary_method("pyuk_bytes_lower")


@_register("bytearray", "append")
def _ba_append(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    ba = builder.expr(recv)
    args = bind_args(call, ["item"])
    rt(builder, "pyuk_bytearray_append", [ba, _int_arg(builder, args["item"])], call)
    return Const(None, NONE)


@_register("bytearray", "extend")
def _ba_extend(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    ba = builder.expr(recv)
    args = bind_args(call, ["iterable_of_ints"])
    other = args["iterable_of_ints"]
    other_type = builder.rtype_of(other)
    value = builder.expr(other)
    if other_type in BINARY:
        rt(builder, "pyuk_bytearray_extend", [ba, value], call)
    elif other_type.name.startswith("list["):
        rt(builder, "pyuk_bytearray_extend_list", [ba, value], call)
    else:
        raise Unsupported(call, f'bytearray.extend of "{other_type}" is not supported by pyuk')
    return Const(None, NONE)


# ---- int <-> bytes ----


def _byteorder(builder: IRBuilder, expr: Expression | None) -> Operand:
    if expr is None:
        return Const(0, INT)  # "big", the default since 3.11
    if isinstance(expr, StrExpr) and expr.value in ("big", "little"):
        return Const(int(expr.value == "little"), INT)
    return rt(builder, "pyuk_byteorder", [builder.expr(expr)], expr)


def _signed(builder: IRBuilder, expr: Expression | None) -> Operand:
    if expr is None:
        return Const(False, BOOL)
    from pyuk.irbuild.coerce import truth_value

    return truth_value(builder, builder.expr(expr), builder.rtype_of(expr), expr)


@_register("int", "to_bytes")
def _to_bytes(builder: IRBuilder, call: CallExpr, recv: Expression) -> Operand:
    n = _int_arg(builder, recv)
    args = bind_args(call, ["length", "byteorder", "signed"])
    length = _opt_int(builder, args.get("length"), 1)
    order = _byteorder(builder, args.get("byteorder"))
    return rt(builder, "pyuk_int_to_bytes", [n, length, order,
                                             _signed(builder, args.get("signed"))], call)


def _from_bytes(builder: IRBuilder, call: CallExpr) -> Operand:
    args = bind_args(call, ["bytes", "byteorder", "signed"])
    data = args["bytes"]
    if builder.rtype_of(data) not in BINARY:
        raise Unsupported(data, "int.from_bytes of anything but bytes or bytearray is not"
                          " supported by pyuk yet")
    value = builder.expr(data)
    order = _byteorder(builder, args.get("byteorder"))
    return rt(builder, "pyuk_int_from_bytes", [value, order,
                                               _signed(builder, args.get("signed"))], call)


BUILTIN_CALLS["builtins.int.from_bytes"] = _from_bytes


# ---- builtins ----


def wrap_builtin(name: str, handler: Callable[[IRBuilder, CallExpr], Operand | None]) -> None:
    """Registers ``handler`` for builtin ``name``; when it returns None the
    lowering registered before (numbers, containers) takes the call."""
    previous = BUILTIN_CALLS.get(name)

    def combined(builder: IRBuilder, call: CallExpr) -> Operand:
        result = handler(builder, call)
        if result is not None:
            return result
        if previous is None:
            raise Unsupported(call, f"{name.split('.')[-1]}() with these arguments is not"
                              " supported by pyuk yet")
        return previous(builder, call)

    BUILTIN_CALLS[name] = combined


def _positional(call: CallExpr, n: int) -> bool:
    return len(call.args) == n and all(k == ARG_POS for k in call.arg_kinds)


_TEXT_TYPES = (INT, FLOAT, BOOL, STR, NONE, BYTES, BYTEARRAY)


def _str_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not call.args:
        return Const("", STR)
    if _positional(call, 1):
        arg = call.args[0]
        rtype = builder.rtype_of(arg)
        if rtype not in _TEXT_TYPES:
            return None
        return to_str(builder, builder.expr(arg), rtype, call, arg)
    args = bind_args(call, ["object", "encoding", "errors"])
    obj = args.get("object")
    if obj is not None and builder.rtype_of(obj) in BINARY and "encoding" in args:
        _strict_errors(builder, args)
        prefix = "pyuk_bytes" if builder.rtype_of(obj) == BYTES else "pyuk_bytearray"
        return rt(builder, f"{prefix}_decode", [builder.expr(obj),
                                                _str_arg(builder, args["encoding"])], call)
    return None


def _repr_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not _positional(call, 1):
        return None
    arg = call.args[0]
    rtype = builder.rtype_of(arg)
    if rtype not in _TEXT_TYPES:
        return None
    return to_repr(builder, builder.expr(arg), rtype, call, arg)


def _ascii_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not _positional(call, 1):
        return None
    arg = call.args[0]
    rtype = builder.rtype_of(arg)
    if rtype == STR and not _is_optional(builder, arg):
        return rt(builder, "pyuk_str_ascii", [builder.expr(arg)], call)
    if rtype in (INT, FLOAT, BOOL, NONE, BYTES, BYTEARRAY):
        return to_repr(builder, builder.expr(arg), rtype, call, arg)
    return None


def _format_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    args = bind_args(call, ["value", "format_spec"])
    value = args["value"]
    spec: Operand = Const("", STR)
    if "format_spec" in args:
        spec = _str_arg(builder, args["format_spec"])
    v = builder.expr(value)
    return format_value(builder, v, builder.rtype_of(value), "", spec, call, value)


def _ord_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not _positional(call, 1) or builder.rtype_of(call.args[0]) != STR:
        return None
    arg = call.args[0]
    if isinstance(arg, StrExpr) and len(arg.value) == 1:
        return Const(ord(arg.value), INT)
    return rt(builder, "pyuk_str_ord", [builder.expr(arg)], call)


def _chr_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not _positional(call, 1):
        return None
    return rt(builder, "pyuk_str_chr", [_int_arg(builder, call.args[0])], call)


def _base_call(base: int) -> Callable[[IRBuilder, CallExpr], Operand | None]:
    def lower(builder: IRBuilder, call: CallExpr) -> Operand | None:
        if not _positional(call, 1):
            return None
        return rt(builder, "pyuk_int_to_base_str", [_int_arg(builder, call.args[0]),
                                                    Const(base, INT)], call)

    return lower


def _int_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not call.args:
        return None
    args = bind_args(call, ["x", "base"])
    x = args.get("x")
    if x is None or builder.rtype_of(x) not in (STR, BYTES, BYTEARRAY) or _is_optional(
            builder, x):
        if "base" in args:
            raise Unsupported(call, "int(x, base) of anything but str or bytes is not"
                              " supported by pyuk yet")
        return None
    text = _as_bytes(builder, x) if builder.rtype_of(x) == BYTEARRAY else builder.expr(x)
    base = _opt_int(builder, args.get("base"), 10)
    return rt(builder, "pyuk_str_to_int", [text, base], call)


def _float_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not _positional(call, 1):
        return None
    arg = call.args[0]
    rtype = builder.rtype_of(arg)
    if rtype not in (STR, BYTES, BYTEARRAY) or _is_optional(builder, arg):
        return None
    text = _as_bytes(builder, arg) if rtype == BYTEARRAY else builder.expr(arg)
    return rt(builder, "pyuk_str_to_float", [text], call)


def _hash_call(builder: IRBuilder, call: CallExpr) -> Operand | None:
    if not _positional(call, 1):
        return None
    rtype = builder.rtype_of(call.args[0])
    if rtype == STR and not _is_optional(builder, call.args[0]):
        return rt(builder, "pyuk_str_hash", [builder.expr(call.args[0])], call)
    if rtype == BYTES:
        return rt(builder, "pyuk_bytes_hash", [builder.expr(call.args[0])], call)
    return None


def _binary_constructor(cls: str) -> Callable[[IRBuilder, CallExpr], Operand | None]:
    prefix = f"pyuk_{cls}"

    def lower(builder: IRBuilder, call: CallExpr) -> Operand | None:
        if not call.args:
            if cls == "bytes":
                return builder.emit("bytes.const", [Const("", STR)], call)
            return rt(builder, "pyuk_bytearray_new", [Const(0, INT)], call)
        args = bind_args(call, ["source", "encoding", "errors"])
        source = args["source"]
        stype = builder.rtype_of(source)
        if "encoding" in args:
            if stype != STR:
                raise Unsupported(call, "an encoding applies to a str source only")
            _strict_errors(builder, args)
            data = rt(builder, "pyuk_str_encode", [builder.expr(source),
                                                   _str_arg(builder, args["encoding"])], call)
            if cls == "bytes":
                return data
            return rt(builder, "pyuk_bytearray_from_bytes", [data], call)
        if stype not in (INT, BOOL, BYTES, BYTEARRAY, STR) and stype.name != "list[int]":
            from pyuk.irbuild.iteration import collect_list

            lst = collect_list(builder, source, INT, RType("list[int]", OBJECT.repr), call)
            return rt(builder, f"{prefix}_from_list", [lst], call)
        value = builder.expr(source)
        if stype in (INT, BOOL):
            n = _int(builder, value, stype, source)
            if cls == "bytes":
                return rt(builder, "pyuk_bytes_zeros", [n], call)
            return rt(builder, "pyuk_bytearray_new", [n], call)
        if stype == BYTES:
            return value if cls == "bytes" else rt(
                builder, "pyuk_bytearray_from_bytes", [value], call)
        if stype == BYTEARRAY:
            as_bytes = rt(builder, "pyuk_bytes_from_bytearray", [value], call)
            return as_bytes if cls == "bytes" else rt(
                builder, "pyuk_bytearray_from_bytes", [as_bytes], call)
        if stype == STR:
            raise Unsupported(call, "string argument without an encoding")
        return rt(builder, f"{prefix}_from_list", [value], call)

    return lower


_TEXT_CLASSES = ("builtins.str", "builtins.bytes", "builtins.bytearray", "builtins.int")


def method_call_hook(builder: IRBuilder, call: CallExpr) -> Operand | None:
    """Methods of str, bytes, bytearray (and int.to_bytes), before the hooks
    that would take ``x.method`` for a bound-method value."""
    callee = call.callee
    if not isinstance(callee, MemberExpr):
        return None
    if isinstance(callee.expr, RefExpr) and callee.expr.fullname == "builtins.int":
        return _from_bytes(builder, call) if callee.name == "from_bytes" else None
    if isinstance(callee.expr, RefExpr) and callee.expr.fullname == "builtins.bytes" and \
            callee.name == "fromhex":
        text = bind_args(call, ["string"])["string"]
        return rt(builder, "pyuk_bytes_fromhex", [builder.expr(text)], call)
    if callee.expr not in builder.program.types:
        return None  # a module (mod.function()): no type, not a method
    cls = class_of(builder.type_of(callee.expr))
    if cls not in _TEXT_CLASSES:
        return None
    handler = METHOD_CALLS.get(f"{cls}.{callee.name}")
    if handler is None:
        if cls == "builtins.int":
            return None
        raise Unsupported(call, f'the method "{cls.split(".")[1]}.{callee.name}" is not'
                          " supported by pyuk yet")
    return handler(builder, call, callee.expr)


def _install() -> None:
    from pyuk.irbuild import calls

    calls.CALL_HOOKS.insert(0, method_call_hook)
    arithmetic.BINARY_HOOKS.append(binary_hook)
    logic.COMPARE_HOOKS.append(compare_hook)
    statements.STORE_HOOKS.insert(0, store_hook)
    statements.AUGASSIGN_HOOKS.insert(0, augassign_hook)
    DEL_HOOKS.append(del_hook)
    _wrap_loop(WhileStmt)
    _wrap_loop(ForStmt)
    wrap_builtin("builtins.str", _str_call)
    wrap_builtin("builtins.repr", _repr_call)
    wrap_builtin("builtins.ascii", _ascii_call)
    wrap_builtin("builtins.format", _format_call)
    wrap_builtin("builtins.ord", _ord_call)
    wrap_builtin("builtins.chr", _chr_call)
    wrap_builtin("builtins.bin", _base_call(2))
    wrap_builtin("builtins.oct", _base_call(8))
    wrap_builtin("builtins.hex", _base_call(16))
    wrap_builtin("builtins.int", _int_call)
    wrap_builtin("builtins.float", _float_call)
    wrap_builtin("builtins.hash", _hash_call)
    wrap_builtin("builtins.bytes", _binary_constructor("bytes"))
    wrap_builtin("builtins.bytearray", _binary_constructor("bytearray"))


_install()
