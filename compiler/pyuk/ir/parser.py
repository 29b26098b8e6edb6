"""Parses the IR text form back into IR (for golden tests and round trips)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from lark import Lark, Token, Tree

from pyuk.ir.classes import ClassIR
from pyuk.ir.nodes import BasicBlock, Const, Function, Global, Instr, Module, Operand, Register
from pyuk.ir.types import BOOL, FLOAT, INT, NONE, STR, RType, rtype_named


class IRSyntaxError(Exception):
    """The text is not valid pyuk IR."""


@cache
def _parser() -> Lark:
    grammar = (Path(__file__).parent / "grammar.lark").read_text()
    return Lark(grammar, start="module", parser="lalr")


def parse_module(text: str) -> Module:
    """Parses a module printed by ``pyuk.ir.printer.format_module``."""
    try:
        tree = _parser().parse(text)
    except Exception as exc:  # lark raises several unrelated exception types
        raise IRSyntaxError(str(exc)) from exc
    return _ModuleReader().read(tree)


def _type_text(tree: Tree[Token]) -> str:
    """Rebuilds a type's canonical spelling (what the IR builder writes)."""
    if tree.data == "type":
        return " | ".join(_type_text(t) for t in tree.children if isinstance(t, Tree))
    if tree.data == "type_ellipsis":
        return "..."
    inner = [_type_text(t) for t in tree.children if isinstance(t, Tree)]
    if tree.data == "type_list":
        return "[" + ", ".join(inner) + "]"
    name = str(tree.children[0])
    has_brackets = len(tree.children) > 1
    return f"{name}[{', '.join(inner)}]" if has_brackets else name


def _rtype(tree: Tree[Token]) -> RType:
    return rtype_named(_type_text(tree))


class _ModuleReader:
    def read(self, tree: Tree[Token]) -> Module:
        name, file, entry, *rest = tree.children
        module = Module(str(name), json.loads(str(file)), entry=str(entry)[1:])
        for child in rest:
            assert isinstance(child, Tree)
            if child.data == "global":
                symbol, type_tree = child.children
                assert isinstance(type_tree, Tree)
                module.globals.append(Global(str(symbol)[1:], _rtype(type_tree)))
            elif child.data == "class_decl":
                symbol, payload = child.children
                module.classes.append(ClassIR.from_json(str(symbol)[1:], str(payload)))
            else:
                module.functions.append(_FunctionReader().read(child))
        return module


class _FunctionReader:
    def __init__(self) -> None:
        self.registers: dict[str, Register] = {}
        self.blocks: dict[str, BasicBlock] = {}

    def read(self, tree: Tree[Token]) -> Function:
        children = list(tree.children)
        symbol = str(children.pop(0))[1:]
        params: list[Register] = []
        while children and isinstance(children[0], Tree) and children[0].data == "param":
            param = children.pop(0)
            assert isinstance(param, Tree)
            params.append(self._declare(param))
        if children and children[0] is None:  # the empty optional parameter list
            children.pop(0)
        ret = children.pop(0)
        assert isinstance(ret, Tree)
        display = json.loads(str(children.pop(0)))
        fn = Function(symbol, params, _rtype(ret), display)
        for child in children:
            if isinstance(child, Token) and child.type == "EXPORT":
                fn.exported = True
            elif isinstance(child, Tree) and child.data == "file":
                fn.file = json.loads(str(child.children[0]))
            elif isinstance(child, Tree) and child.data == "line":
                fn.line = int(str(child.children[1]))
            elif isinstance(child, Tree) and child.data == "decl":
                fn.registers.append(self._declare(child))
            elif isinstance(child, Tree) and child.data == "block":
                fn.blocks.append(self._block(str(child.children[0]).rstrip(":")))
        for child in children:
            if isinstance(child, Tree) and child.data == "block":
                block = self.blocks[str(child.children[0]).rstrip(":")]
                block.instrs = [self._instr(i) for i in child.children[1:] if isinstance(i, Tree)]
        return fn

    def _declare(self, tree: Tree[Token]) -> Register:
        name, type_tree = tree.children
        assert isinstance(type_tree, Tree)
        reg = Register(str(name)[1:], _rtype(type_tree))
        self.registers[reg.name] = reg
        return reg

    def _block(self, label: str) -> BasicBlock:
        if label not in self.blocks:
            self.blocks[label] = BasicBlock(label)
        return self.blocks[label]

    def _register(self, token: Token) -> Register:
        try:
            return self.registers[str(token)[1:]]
        except KeyError:
            raise IRSyntaxError(f"line {token.line}: undeclared register {token}") from None

    def _instr(self, tree: Tree[Token]) -> Instr:
        items = list(tree.children)
        dest = None
        first = items[0]
        if isinstance(first, Token) and first.type == "DEST":
            items.pop(0)
            name = str(first).rstrip("=").rstrip()
            dest = self._register(Token("REGISTER", name, line=first.line))
        opcode = str(items.pop(0))
        instr = Instr(opcode, dest)
        if items and isinstance(items[0], Token) and items[0].type == "SYMBOL":
            instr.symbol = str(items.pop(0))[1:]
        for item in items:
            if item is None:
                continue
            if not isinstance(item, Tree):
                raise IRSyntaxError(f"unexpected {item!r}")
            if item.data == "line":
                instr.line = int(str(item.children[1]))
            elif item.data == "handler":
                instr.handler = self._block(str(item.children[1]))
            elif item.data == "label":
                instr.labels.append(self._block(str(item.children[0])))
            else:
                instr.args.append(self._operand(item))
        return instr

    def _operand(self, tree: Tree[Token]) -> Operand:
        kind = tree.data
        token = tree.children[0] if tree.children else None
        if kind == "register":
            assert isinstance(token, Token)
            return self._register(token)
        constants: dict[str, Const] = {
            "inf": Const(float("inf"), FLOAT),
            "neg_inf": Const(float("-inf"), FLOAT),
            "nan": Const(float("nan"), FLOAT),
            "none": Const(None, NONE),
            "true": Const(True, BOOL),
            "false": Const(False, BOOL),
        }
        if kind in constants:
            return constants[kind]
        text = str(token)
        if kind == "int":
            return Const(int(text), INT)
        if kind == "float":
            return Const(float(text), FLOAT)
        if kind == "string":
            return Const(json.loads(text), STR)
        raise IRSyntaxError(f"unknown operand {tree}")
