"""Sources for the fuzz test: mutants of the differential programs and
random programs from a small grammar of the dialect.

Everything is drawn from a ``random.Random`` seeded by the caller, so a run
is reproducible: a failing case is named by its index.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

# ---------------------------------------------------------------------------
# Mutations of existing programs

# Constructs outside the dialect (and some that are not Python at this
# place): the compiler must refuse them cleanly wherever they land.
INJECTIONS = [
    "eval('1 + 1')",
    "exec('x = 1')",
    "compile('1', '<s>', 'eval')",
    "print(globals())",
    "print(locals())",
    "print(vars())",
    "getattr(object(), 'a' + 'b')",
    "setattr(object(), str(1), 2)",
    "yield 1",
    "yield from [1]",
    "await something()",
    "global undefined_global",
    "nonlocal nothing_here",
    "del x",
    "with open('f') as fh:\n    pass",
    "async def af() -> None:\n    pass",
    "def star(*a: int, **k: int) -> None:\n    pass",
    "print(*[1, 2])",
    "(walrus := 3)",
    "match 1:\n    case 1:\n        pass",
    "import json",
    "from os import path",
    "import functools",
    "from typing import Any\nz: Any = 1",
    "T3 = type('T3', (), {})",
    "class M(type):\n    pass",
    "class C2(int, str):\n    pass",
    "class D2:\n    __slots__ = ('a',)",
    "class E2:\n    def __getattr__(self, n: str) -> int:\n        return 1",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "raise",
    "return",
    "break",
    "continue",
    "assert False, 'no'",
    "f = lambda q: q",
    "mixed = [1, 'a', 2.0]",
    "lst = []",
    "x = 1 +",
    "def untyped(a, b):\n    return a",
    "1j",
    "print(2 ** 100)",
    "print(10 ** -2)",
    "print(9223372036854775807 + 1)",
    "print(-9223372036854775808)",
    "print(99999999999999999999)",
    "print(1 / 0)",
    "print([1, 2][5])",
    "print({'a': 1}['b'])",
    "print(int('x'))",
    "import sys\nsys.exit(3)",
    "@staticmethod\ndef loose() -> None:\n    pass",
    "@property\ndef loose2() -> int:\n    return 1",
    "if True:\n    def cond() -> int:\n        return 1",
    "for _ in range(0):\n    class Inner:\n        pass",
    "print(__name__, __file__)",
    "print(id(1))",
    "print(hash('a') == hash('a'))",
    "print(b'x' + 'y')",
    "print(None + 1)",
    "print(int.from_bytes(b'ab', 'big'))",
]

_OPERATORS = [
    ("+", "-"), ("-", "+"), ("*", "//"), ("//", "%"), ("%", "*"), ("<", "<="),
    ("<=", ">"), (">", ">="), ("==", "!="), ("!=", "=="), (" and ", " or "),
    (" or ", " and "), ("<<", ">>"), ("&", "|"), ("+=", "-="), ("not ", ""),
    (" is ", " is not "), (" in ", " not in "), ("**", "*"), ("/", "//"),
]
_LITERALS = [
    "0", "1", "-1", "2", "7", "255", "256", "65535", "2147483647", "9223372036854775807",
    "-9223372036854775808", "9223372036854775808", "0.0", "-0.0", "1e308", "1e-320",
    "float('nan')", "float('inf')", "''", "'x'", "'\\u00e9'", "None", "True", "False",
    "[]", "{}", "()", "b''", "[1, 2, 3]", "(1, 'a')",
]
_NUMBER = re.compile(r"(?<![\w.])-?\d+(\.\d+)?(e-?\d+)?(?![\w.])")
_STRING = re.compile(r"'[^'\\\n]*'|\"[^\"\\\n]*\"")
_NAME = re.compile(r"\b[a-z_][a-z_0-9]*\b")


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _inject(lines: list[str], rng: random.Random) -> list[str]:
    at = rng.randrange(len(lines) + 1)
    ref = lines[at] if at < len(lines) else (lines[-1] if lines else "")
    indent = _indent(ref)
    snippet = rng.choice(INJECTIONS)
    return lines[:at] + [indent + s for s in snippet.split("\n")] + lines[at:]


def mutate(source: str, rng: random.Random) -> str:
    """One to three random edits of ``source``."""
    lines = source.split("\n")
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if not lines:
            lines = ["pass"]
        kind = rng.randrange(12)
        i = rng.randrange(len(lines))
        line = lines[i]
        if kind == 0:  # delete a line
            del lines[i]
        elif kind == 1:  # duplicate a line
            lines.insert(i, line)
        elif kind == 2 and i + 1 < len(lines):  # swap two lines
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif kind == 3:  # change an operator
            candidates = [(a, b) for a, b in _OPERATORS if a in line]
            if candidates:
                a, b = rng.choice(candidates)
                lines[i] = line.replace(a, b, 1)
        elif kind == 4:  # change a number
            found = list(_NUMBER.finditer(line))
            if found:
                m = rng.choice(found)
                lines[i] = line[: m.start()] + rng.choice(_LITERALS) + line[m.end():]
        elif kind == 5:  # change a string
            found = list(_STRING.finditer(line))
            if found:
                m = rng.choice(found)
                lines[i] = line[: m.start()] + rng.choice(_LITERALS) + line[m.end():]
        elif kind == 6:  # inject a construct outside the dialect
            lines = _inject(lines, rng)
        elif kind == 7:  # indent or dedent
            lines[i] = ("    " + line) if rng.random() < 0.5 else line[4:]
        elif kind == 8:  # another name from the file
            names = sorted(set(_NAME.findall(source)) - {"def", "class", "return", "if"})
            found = list(_NAME.finditer(line))
            if found and names:
                m = rng.choice(found)
                lines[i] = line[: m.start()] + rng.choice(names) + line[m.end():]
        elif kind == 9:  # truncate the file
            lines = lines[: i + 1]
        elif kind == 10:  # a literal in place of an expression after "="
            if "=" in line and "==" not in line:
                head, _, _ = line.partition("=")
                lines[i] = head + "= " + rng.choice(_LITERALS)
        else:  # drop the annotation of a parameter or a variable
            lines[i] = re.sub(r":\s*[A-Za-z_][\w\[\], |.]*(?=[,)=])", "", line, count=1)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Random programs from a small typed grammar

_TYPES = ["int", "float", "bool", "str", "list[int]", "Callable[[int], int]"]


class _Gen:
    """Random programs that are mostly valid typed Python in the dialect."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.functions: list[tuple[str, list[str], str]] = []  # name, params, result
        self.counter = 0

    def fresh(self, base: str) -> str:
        self.counter += 1
        return f"{base}{self.counter}"

    def expr(self, t: str, scope: dict[str, str], depth: int) -> str:
        rng = self.rng
        names = [n for n, nt in scope.items() if nt == t]
        if depth <= 0 or rng.random() < 0.25:
            if names and rng.random() < 0.6:
                return rng.choice(names)
            return self.literal(t)
        d = depth - 1
        if t == "int":
            choice = rng.randrange(9)
            if choice == 0:
                op = rng.choice(["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"])
                right = self.expr("int", scope, d)
                if op in ("<<", ">>"):
                    right = f"({right}) % 8"
                return f"({self.expr('int', scope, d)} {op} {right})"
            if choice == 1:
                return f"len({self.expr('list[int]', scope, d)})"
            if choice == 2:
                return f"abs({self.expr('int', scope, d)})"
            if choice == 3:
                return f"max({self.expr('int', scope, d)}, {self.expr('int', scope, d)})"
            if choice == 4:
                return (f"({self.expr('int', scope, d)} if {self.expr('bool', scope, d)} "
                        f"else {self.expr('int', scope, d)})")
            if choice == 5:
                function = self.expr("Callable[[int], int]", scope, d)
                return f"{function}({self.expr('int', scope, d)})"
            if choice == 6:
                return f"int({self.expr('float', scope, d)} * 0.0)"
            if choice == 7:
                return f"sum({self.expr('list[int]', scope, d)})"
            return self.call("int", scope, d)
        if t == "float":
            choice = rng.randrange(5)
            if choice == 0:
                op = rng.choice(["+", "-", "*"])
                return f"({self.expr('float', scope, d)} {op} {self.expr('float', scope, d)})"
            if choice == 1:
                return f"float({self.expr('int', scope, d)})"
            if choice == 2:
                return f"({self.expr('float', scope, d)} / 2.0)"
            if choice == 3:
                return f"abs({self.expr('float', scope, d)})"
            return self.call("float", scope, d)
        if t == "bool":
            choice = rng.randrange(5)
            if choice == 0:
                op = rng.choice(["<", "<=", "==", "!=", ">", ">="])
                tt = rng.choice(["int", "float", "str"])
                return f"({self.expr(tt, scope, d)} {op} {self.expr(tt, scope, d)})"
            if choice == 1:
                op = rng.choice(["and", "or"])
                return f"({self.expr('bool', scope, d)} {op} {self.expr('bool', scope, d)})"
            if choice == 2:
                return f"(not {self.expr('bool', scope, d)})"
            if choice == 3:
                return f"({self.expr('int', scope, d)} in {self.expr('list[int]', scope, d)})"
            return self.call("bool", scope, d)
        if t == "str":
            choice = rng.randrange(5)
            if choice == 0:
                return f"({self.expr('str', scope, d)} + {self.expr('str', scope, d)})"
            if choice == 1:
                return f"str({self.expr(rng.choice(['int', 'float', 'bool']), scope, d)})"
            if choice == 2:
                return f"f\"<{{{self.expr('int', scope, d)}}}>\""
            if choice == 3:
                return f"({self.expr('str', scope, d)} * ({self.expr('int', scope, d)} % 3))"
            return self.call("str", scope, d)
        if t == "list[int]":
            choice = rng.randrange(4)
            if choice == 0:
                items = ", ".join(self.expr("int", scope, d) for _ in range(rng.randrange(4)))
                return f"[{items}]"
            if choice == 1:
                v = self.fresh("v")
                inner = dict(scope)
                inner[v] = "int"
                return (f"[{self.expr('int', inner, d)} for {v} in "
                        f"range({rng.randrange(5)})]")
            if choice == 2:
                return f"sorted({self.expr('list[int]', scope, d)})"
            return self.call("list[int]", scope, d)
        if t == "Callable[[int], int]":
            v = self.fresh("p")
            inner = dict(scope)
            inner[v] = "int"
            return f"(lambda {v}: {self.expr('int', inner, d)})"
        return self.literal(t)

    def literal(self, t: str) -> str:
        rng = self.rng
        if t == "int":
            return str(rng.choice([0, 1, 2, 3, -1, 7, 10, 100, -42, 2**31, 2**62]))
        if t == "float":
            return rng.choice(["0.0", "1.5", "-2.25", "3.0", "1e10", "0.1"])
        if t == "bool":
            return rng.choice(["True", "False"])
        if t == "str":
            return repr(rng.choice(["", "a", "hello", "x y", "é"]))
        if t == "list[int]":
            return rng.choice(["[]", "[1]", "[3, 1, 2]"]) if t == "list[int]" else "[]"
        return "(lambda q: q + 1)"

    def call(self, t: str, scope: dict[str, str], depth: int) -> str:
        candidates = [f for f in self.functions if f[2] == t]
        if not candidates:
            return self.literal(t)
        name, params, _ = self.rng.choice(candidates)
        args = ", ".join(self.expr(p, scope, depth) for p in params)
        return f"{name}({args})"

    def statements(self, scope: dict[str, str], result: str, depth: int, indent: str,
                   in_loop: bool) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for _ in range(rng.randrange(1, 5)):
            choice = rng.randrange(8)
            if choice <= 1:
                t = rng.choice(_TYPES[:5])
                name = self.fresh("x")
                out.append(f"{indent}{name}: {t} = {self.expr(t, scope, 2)}")
                scope[name] = t
            elif choice == 2 and depth > 0:
                out.append(f"{indent}if {self.expr('bool', scope, 2)}:")
                out += self.statements(dict(scope), result, depth - 1, indent + "    ", in_loop)
                if rng.random() < 0.5:
                    out.append(f"{indent}else:")
                    out += self.statements(dict(scope), result, depth - 1, indent + "    ",
                                           in_loop)
            elif choice == 3 and depth > 0:
                v = self.fresh("i")
                out.append(f"{indent}for {v} in range({self.expr('int', scope, 1)} % 5):")
                inner = dict(scope)
                inner[v] = "int"
                out += self.statements(inner, result, depth - 1, indent + "    ", True)
            elif choice == 4:
                ints = [n for n, t in scope.items() if t == "int"]
                if ints:
                    out.append(f"{indent}{rng.choice(ints)} += {self.expr('int', scope, 1)}")
            elif choice == 5 and depth > 0:
                name = self.fresh("inner")
                p = self.fresh("a")
                out.append(f"{indent}def {name}({p}: int) -> int:")
                inner = dict(scope)
                inner[p] = "int"
                out.append(f"{indent}    return {self.expr('int', inner, 2)}")
                scope[name] = "Callable[[int], int]"
            elif choice == 6:
                out.append(f"{indent}print({self.expr(rng.choice(_TYPES[:5]), scope, 2)})")
            elif choice == 7 and depth > 0 and rng.random() < 0.5:
                # a closure that rebinds a captured variable through nonlocal
                var = self.fresh("c")
                fn = self.fresh("bump")
                out.append(f"{indent}{var} = {self.expr('int', scope, 1)}")
                out.append(f"{indent}def {fn}(step: int) -> int:")
                out.append(f"{indent}    nonlocal {var}")
                out.append(f"{indent}    {var} += step")
                out.append(f"{indent}    return {var}")
                out.append(f"{indent}print({fn}(1), {fn}({self.expr('int', scope, 1)}), {var})")
                scope[var] = "int"
            elif in_loop and rng.random() < 0.3:
                out.append(f"{indent}{rng.choice(['break', 'continue'])}")
        if not out:
            out.append(f"{indent}pass")
        return out

    def function(self) -> list[str]:
        rng = self.rng
        name = self.fresh("f")
        params = [rng.choice(_TYPES) for _ in range(rng.randrange(4))]
        result = rng.choice(_TYPES[:5])
        names = [self.fresh("a") for _ in params]
        scope = dict(zip(names, params, strict=True))
        sig = ", ".join(f"{n}: {t}" for n, t in zip(names, params, strict=True))
        lines = [f"def {name}({sig}) -> {result}:"]
        lines += self.statements(scope, result, 2, "    ", False)
        lines.append(f"    return {self.expr(result, scope, 3)}")
        self.functions.append((name, params, result))
        return lines

    def program(self) -> str:
        lines = ["from collections.abc import Callable", "from typing import Generic, TypeVar",
                 "", 'T = TypeVar("T")', "", "",
                 "def pick(flag: bool, a: T, b: T) -> T:", "    return a if flag else b", "", "",
                 "class Cell(Generic[T]):",
                 "    def __init__(self, value: T) -> None:", "        self.value = value",
                 "", "    def get(self) -> T:", "        return self.value", "", ""]
        self.functions.append(("pick_int", ["bool", "int", "int"], "int"))
        self.functions.append(("pick_str", ["bool", "str", "str"], "str"))
        lines += ["def pick_int(f: bool, a: int, b: int) -> int:", "    return pick(f, a, b)", "",
                  "def pick_str(f: bool, a: str, b: str) -> str:",
                  "    return Cell(pick(f, a, b)).get()", "", ""]
        for _ in range(self.rng.randrange(1, 5)):
            lines += self.function()
            lines.append("")
        lines.append("def main() -> None:")
        for name, params, _ in self.functions:
            args = ", ".join(self.expr(p, {}, 2) for p in params)
            lines.append(f"    print({name}({args}))")
        lines += ["", "", "main()", ""]
        return "\n".join(lines)


def generated_program(rng: random.Random) -> str:
    return _Gen(rng).program()


def seed_programs(run_dir: Path) -> list[str]:
    """The differential programs: what mutants start from."""
    return [p.read_text() for p in sorted(run_dir.glob("*.py"))
            if not p.name.startswith(("test_", "_"))]
