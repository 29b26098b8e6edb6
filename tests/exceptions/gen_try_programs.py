"""Random programs of nested try/except/else/finally with break, continue,
return, raise and bare raise at random points, for differential testing of
how pyuk leaves regions (irbuild/unwind.py) against CPython."""

from __future__ import annotations

import random
import sys

EXC = ["ValueError", "KeyError", "IndexError", "ZeroDivisionError", "RuntimeError"]
CATCH = ["ValueError", "KeyError", "LookupError", "ArithmeticError", "Exception", "(ValueError, IndexError)", "RuntimeError"]

class G:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0

    def tag(self):
        self.n += 1
        return self.n

    def stmt(self, depth, in_loop, ind):
        r = self.rng.random()
        p = " " * ind
        t = self.tag()
        if depth <= 0 or r < 0.25:
            k = self.rng.random()
            if k < 0.25:
                return [f'{p}log.append({t})']
            if k < 0.4:
                return [f'{p}if step(x, {t}):', f'{p}    raise {self.rng.choice(EXC)}("e{t}")']
            if k < 0.5:
                return [f'{p}x = x + helper(x, {t})']
            if k < 0.6 and in_loop:
                return [f'{p}if step(x, {t}):', f'{p}    {self.rng.choice(["break", "continue"])}']
            if k < 0.7:
                return [f'{p}if step(x, {t}):', f'{p}    return {t}']
            if k < 0.75:
                return [f'{p}if step(x, {t}):', f'{p}    raise']
            return [f'{p}log.append({t})']
        if r < 0.75:
            lines = [f'{p}try:']
            lines += self.block(depth - 1, in_loop, ind + 4)
            nh = self.rng.randint(0, 2)
            for h in range(nh):
                c = self.rng.choice(CATCH)
                if self.rng.random() < 0.5:
                    lines.append(f'{p}except {c} as e{t}_{h}:')
                    lines.append(f'{p}    log.append(repr(e{t}_{h}))')
                else:
                    lines.append(f'{p}except {c}:')
                lines += self.block(depth - 1, in_loop, ind + 4)
            if nh and self.rng.random() < 0.3:
                lines.append(f'{p}else:')
                lines += self.block(depth - 1, in_loop, ind + 4)
            if nh == 0 or self.rng.random() < 0.5:
                lines.append(f'{p}finally:')
                lines.append(f'{p}    log.append(-{t})')
                lines += self.block(depth - 1, in_loop, ind + 4)
            return lines
        lines = [f'{p}for i{t} in range(3):', f'{p}    x = x + i{t}']
        lines += self.block(depth - 1, True, ind + 4)
        return lines

    def block(self, depth, in_loop, ind):
        out = []
        for _ in range(self.rng.randint(1, 3)):
            out += self.stmt(depth, in_loop, ind)
        return out


def program(seed):
    rng = random.Random(seed)
    g = G(rng)
    body = g.block(4, False, 4)
    mod = rng.randint(2, 5)
    src = [
        "log: list[object] = []",
        "",
        "",
        "def step(x: int, t: int) -> bool:",
        f"    return (x * 7 + t) % {mod} == 0",
        "",
        "",
        "def helper(x: int, t: int) -> int:",
        f"    if (x + t) % {mod + 1} == 0:",
        '        raise ValueError("helper " + str(t))',
        "    return 1",
        "",
        "",
        "def run(x: int) -> int:",
    ] + body + [
        "    return 0",
        "",
        "",
        "for start in range(4):",
        "    try:",
        "        print(start, run(start), log)",
        "    except Exception as e:",
        "        print(start, 'escaped', repr(e), repr(e.__context__), log)",
        "    log.clear()",
    ]
    return "\n".join(src) + "\n"


if __name__ == "__main__":  # gen_try_programs.py FIRST COUNT DIR
    start, count = int(sys.argv[1]), int(sys.argv[2])
    for s in range(start, start + count):
        open(f"{sys.argv[3]}/try_{s}.py", "w").write(program(s))
