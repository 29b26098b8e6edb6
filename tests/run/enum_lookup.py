# Iterating over an IntEnum class, looking members up by value with
# Color(v), and the ValueError for a value that is not a member.
from enum import IntEnum, auto


class Opcode(IntEnum):
    NOP = 0
    PUSH = 1
    POP = 2
    ADD = auto()
    JUMP = 10
    HALT = auto()


for op in Opcode:
    print(op.name, op.value, repr(op))
print(len([op for op in Opcode]), len(Opcode), list(Opcode)[-1])
program = [1, 1, 3, 2, 0, 11]
for code in program:
    print(Opcode(code).name, end=" ")
print()
print(Opcode(3) is Opcode.ADD, Opcode(11) == 11)
try:
    Opcode(7)
except ValueError as e:
    print("ValueError:", e)
names = {op.name: op for op in Opcode}
print(names["JUMP"], repr(names["HALT"]))
