"""Module-level names that compiled functions can read without a check.

Reading a global normally tests its "defined" flag (NameError when module
code has not assigned it yet) and loads it from memory.  Most globals of a
program are constants assigned once at the top of their module (``N = 100``,
``MASK = 0xFFFFFFFF``, ``TABLE = [...]``), and by the time any compiled
function runs they are assigned.  This pass finds them in the IR:

- a global is *write-once* when exactly one instruction of the whole
  program stores it, in its module's top-level code;
- the *prefix* of that top-level code is the straight line of operations
  from its entry that cannot run user code (stores, moves, arithmetic,
  container literals, allocation): no call, no method call, no runtime
  function that may call back into compiled code;
- a write-once global stored in the prefix is *settled*: every function
  other than the module's top-level code runs after the prefix, so it
  reads the global without the flag test; when the stored value is a
  constant, the read is the constant itself, which LLVM folds (a mask
  becomes an immediate, ``N`` bounds a loop).

Top-level code keeps its checked reads: it can read a name before the
line that assigns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyuk.ir.nodes import BasicBlock, Const, Function, Module

# Operations that cannot run user code (nor read an unassigned global).
_PURE_PREFIXES = ("int.", "float.", "bool.", "word.", "ref.")
_PURE_OPS = {"move", "box", "unbox", "global.store", "goto", "list.init", "tuple.init"}
# Runtime functions that only allocate or build values from plain data.
_SAFE_RUNTIME = {
    "pyuk_list_new", "pyuk_dict_new", "pyuk_dict_new_presized", "pyuk_set_new",
    "pyuk_int_to_object", "pyuk_float_to_object", "pyuk_bool_to_object",
}


@dataclass
class ModuleConstants:
    settled: set[str] = field(default_factory=set)  # read without the NameError check
    values: dict[str, Const] = field(default_factory=dict)  # settled and constant
    top_level: set[str] = field(default_factory=set)  # names of <module> functions

    def load_value(self, function: str, symbol: str) -> Const | None:
        """The constant a read of ``symbol`` in ``function`` can use."""
        if function in self.top_level:
            return None
        return self.values.get(symbol)

    def needs_check(self, function: str, symbol: str) -> bool:
        return function in self.top_level or symbol not in self.settled


def _is_safe(op: str, symbol: str | None) -> bool:
    if op in _PURE_OPS or op.startswith(_PURE_PREFIXES):
        return True
    return op == "rtcall" and symbol in _SAFE_RUNTIME


def _prefix_stores(fn: Function) -> dict[str, Const | None]:
    """Globals stored along the straight-line, user-code-free start of a
    top-level function: symbol -> the stored constant (None: a register)."""
    stores: dict[str, Const | None] = {}
    seen: set[int] = set()
    block: BasicBlock | None = fn.blocks[0] if fn.blocks else None
    while block is not None and id(block) not in seen:
        seen.add(id(block))
        following: BasicBlock | None = None
        for instr in block.instrs:
            if not _is_safe(instr.op, instr.symbol):
                return stores
            if instr.op == "global.store" and instr.symbol is not None:
                value = instr.args[0] if instr.args else None
                stores[instr.symbol] = value if isinstance(value, Const) else None
            if instr.op == "goto":
                following = instr.labels[0]
        block = following
    return stores


def analyse(module: Module) -> ModuleConstants:
    result = ModuleConstants()
    result.top_level = {fn.name for fn in module.functions if fn.name.endswith(".<module>")}
    store_count: dict[str, int] = {}
    for fn in module.functions:
        for block in fn.blocks:
            for instr in block.instrs:
                if instr.op == "global.store" and instr.symbol is not None:
                    store_count[instr.symbol] = store_count.get(instr.symbol, 0) + 1
    for fn in module.functions:
        if fn.name not in result.top_level:
            continue
        own = fn.name[: -len("<module>")]  # "pkg.mod."
        for symbol, value in _prefix_stores(fn).items():
            if store_count.get(symbol) != 1 or not symbol.startswith(own):
                continue
            result.settled.add(symbol)
            if value is not None:
                result.values[symbol] = value
    return result
