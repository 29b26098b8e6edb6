"""A tiny stack machine with error handling."""
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Callable, Final


class Op(IntEnum):
    PUSH = 1
    ADD = 2
    SUB = 3
    MUL = 4
    DIV = 5
    PRINT = 6
    JMPZ = 7
    DUP = 8
    HALT = 9


class VMError(Exception):
    def __init__(self, pc: int, msg: str) -> None:
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc
        self.msg = msg


class StackUnderflow(VMError):
    pass


MAX_STEPS: Final = 100


@dataclass
class Instr:
    op: Op
    arg: int = 0


@dataclass
class VM:
    code: list[Instr]
    stack: list[int] = field(default_factory=list)
    pc: int = 0
    steps: int = 0
    out: list[str] = field(default_factory=list)

    def pop(self) -> int:
        if not self.stack:
            raise StackUnderflow(self.pc, "pop from empty stack")
        return self.stack.pop()

    def binop(self, f: Callable[[int, int], int]) -> None:
        b = self.pop()
        a = self.pop()
        self.stack.append(f(a, b))

    def step(self) -> bool:
        ins = self.code[self.pc]
        self.pc += 1
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise VMError(self.pc, "too many steps")
        if ins.op == Op.PUSH:
            self.stack.append(ins.arg)
        elif ins.op == Op.ADD:
            self.binop(lambda a, b: a + b)
        elif ins.op == Op.SUB:
            self.binop(lambda a, b: a - b)
        elif ins.op == Op.MUL:
            self.binop(lambda a, b: a * b)
        elif ins.op == Op.DIV:
            try:
                self.binop(lambda a, b: a // b)
            except ZeroDivisionError as e:
                raise VMError(self.pc, "division by zero") from e
        elif ins.op == Op.PRINT:
            self.out.append(str(self.pop()))
        elif ins.op == Op.JMPZ:
            if self.pop() == 0:
                self.pc = ins.arg
        elif ins.op == Op.DUP:
            v = self.pop()
            self.stack.append(v)
            self.stack.append(v)
        elif ins.op == Op.HALT:
            return False
        return True

    def run(self) -> list[str]:
        try:
            while self.step():
                pass
        finally:
            print(f"ran {self.steps} steps, stack={self.stack}")
        return self.out


def run_program(name: str, code: list[Instr]) -> None:
    vm = VM(code)
    try:
        out = vm.run()
        print(name, "->", " ".join(out))
    except StackUnderflow as e:
        print(name, "underflow:", e, e.pc, repr(e.msg))
    except VMError as e:
        print(name, "error:", e, "cause:", repr(e.__cause__))
        print(e.args)


def main() -> None:
    run_program("arith", [Instr(Op.PUSH, 6), Instr(Op.PUSH, 7), Instr(Op.MUL), Instr(Op.PRINT), Instr(Op.HALT)])
    run_program("under", [Instr(Op.PUSH, 1), Instr(Op.ADD)])
    run_program("div0", [Instr(Op.PUSH, 1), Instr(Op.PUSH, 0), Instr(Op.DIV)])
    run_program("loop", [Instr(Op.PUSH, 0), Instr(Op.JMPZ, 0)])
    print(Instr(Op.ADD), Instr(Op.PUSH, 3) == Instr(Op.PUSH, 3))
    print(repr(Op.DIV), Op.DIV, Op(3).name, [o.value for o in Op][:3])
    vm = VM([Instr(Op.PUSH, 2), Instr(Op.DIV)])
    vm.run()


if __name__ == "__main__":
    main()
