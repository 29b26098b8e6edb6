"""Which functions can recurse: they get a stack check in their prologue."""

from __future__ import annotations

from pyuk.ir.nodes import Module


def recursive_functions(module: Module) -> set[str]:
    """Names of the functions on a cycle of the call graph (Tarjan's SCCs)."""
    calls: dict[str, set[str]] = {fn.name: set() for fn in module.functions}
    # a call through a function value (closure.call) may reach any function
    # made into a value
    values: set[str] = set()
    calls_values: set[str] = set()
    for fn in module.functions:
        for block in fn.blocks:
            for instr in block.instrs:
                if instr.op == "call" and instr.symbol in calls:
                    calls[fn.name].add(instr.symbol)
                elif instr.op in ("closure.new", "closure.static") and instr.symbol in calls:
                    values.add(instr.symbol)
                elif instr.op == "closure.call":
                    calls_values.add(fn.name)
    for name in calls_values:
        calls[name] |= values
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: set[str] = set()
    counter = 0

    def connect(root: str) -> None:
        # iterative Tarjan: deep call chains must not hit Python's recursion limit
        nonlocal counter
        work: list[tuple[str, list[str]]] = []

        def enter(node: str) -> None:
            nonlocal counter
            index[node] = low[node] = counter
            counter += 1
            stack.append(node)
            on_stack.add(node)
            work.append((node, sorted(calls[node])))

        enter(root)
        while work:
            node, pending = work[-1]
            if pending:
                callee = pending.pop()
                if callee not in index:
                    enter(callee)
                elif callee in on_stack:
                    low[node] = min(low[node], index[callee])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in calls[node]:
                    result.update(component)

    for name in calls:
        if name not in index:
            connect(name)
    return result
