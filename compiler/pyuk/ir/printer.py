"""The IR's text form (``pyuk compile --emit ir``), parsed back by ``parser.py``.

Registers are written ``%name``, functions and globals ``@name``, blocks by
their bare label.  The printer and the parser are inverse functions: a test
round-trips every test program through them.
"""

from __future__ import annotations

import json
import math

from pyuk.ir.nodes import BasicBlock, Const, Function, Instr, Module, Operand, Register


def format_const(const: Const) -> str:
    value = const.value
    if value is None or isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # signed, so that the parser cannot read them as an opcode
        if math.isnan(value):
            return "+nan"
        if math.isinf(value):
            return "+inf" if value > 0 else "-inf"
        return repr(value)
    return json.dumps(value)


def format_operand(operand: Operand) -> str:
    if isinstance(operand, Register):
        return f"%{operand.name}"
    return format_const(operand)


def format_instr(instr: Instr) -> str:
    parts: list[str] = []
    if instr.dest is not None:
        parts.append(f"%{instr.dest.name} =")
    parts.append(instr.op)
    if instr.symbol is not None:
        parts.append(f"@{instr.symbol}")
    operands = [format_operand(a) for a in instr.args]
    operands += [block.label for block in instr.labels]
    text = " ".join(parts)
    if operands:
        text += " " + ", ".join(operands)
    if instr.line:
        text += f" line {instr.line}"
    if instr.handler is not None:
        text += f" except {instr.handler.label}"
    return text


def format_block(block: BasicBlock) -> list[str]:
    return [f"{block.label}:"] + [f"    {format_instr(i)}" for i in block.instrs]


def format_function(fn: Function) -> str:
    params = ", ".join(f"%{p.name}: {p.type}" for p in fn.params)
    header = f"def @{fn.name}({params}) -> {fn.return_type} display {json.dumps(fn.display)}"
    if fn.file:
        header += f" file {json.dumps(fn.file)}"
    if fn.line:
        header += f" line {fn.line}"
    if fn.exported:
        header += " export"
    lines = [header + " {"]
    lines += [f"    %{r.name}: {r.type}" for r in fn.registers]
    for block in fn.blocks:
        lines += format_block(block)
    lines.append("}")
    return "\n".join(lines)


def format_module(module: Module) -> str:
    lines = [f"module {module.name} file {json.dumps(module.file)} entry @{module.entry}"]
    lines += [f"global @{g.name}: {g.type}" for g in module.globals]
    lines += [f"class @{c.name} {c.to_json()}" for c in module.classes]
    text = "\n".join(lines) + "\n"
    for fn in module.functions:
        text += "\n" + format_function(fn) + "\n"
    return text
