"""How big a function is on the paths that run when nothing is raised.

The inlining policy sizes a function by this count, so that a ``try`` in
a function does not change whether it is inlined: its dispatch and except
clauses are reached only through an op's ``except`` edge, run only when
something was raised, and do not count.
"""

from __future__ import annotations

from pyuk.ir.nodes import BasicBlock, Function


def blocks_without_exception(fn: Function) -> list[BasicBlock]:
    """The blocks reachable from the entry along jumps alone (no except edge)."""
    if not fn.blocks:
        return []
    seen: set[int] = {id(fn.blocks[0])}
    order = [fn.blocks[0]]
    for block in order:
        for instr in block.instrs:
            for target in instr.labels:
                if id(target) not in seen:
                    seen.add(id(target))
                    order.append(target)
    return order


def op_count_without_exception(fn: Function) -> int:
    return sum(len(block.instrs) for block in blocks_without_exception(fn))
