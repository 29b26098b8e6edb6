# A tiny virtual machine dispatching on IntEnum opcodes stored in lists
# and dicts, with members compared, hashed and used as indices.
from enum import IntEnum


class Op(IntEnum):
    PUSH = 1
    ADD = 2
    MUL = 3
    DUP = 4
    PRINT = 5
    HALT = 6


COST = {Op.PUSH: 1, Op.ADD: 2, Op.MUL: 5, Op.DUP: 1, Op.PRINT: 10, Op.HALT: 0}


def run(code: list[int]) -> int:
    stack: list[int] = []
    pc = 0
    spent = 0
    while pc < len(code):
        op = Op(code[pc])
        spent += COST[op]
        if op == Op.PUSH:
            stack.append(code[pc + 1])
            pc += 2
            continue
        if op is Op.ADD:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif op == Op.MUL:
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif op == Op.DUP:
            stack.append(stack[-1])
        elif op == Op.PRINT:
            print("out:", stack[-1])
        elif op >= Op.HALT:
            break
        pc += 1
    return spent


print(run([Op.PUSH, 6, Op.DUP, Op.MUL, Op.PUSH, 7, Op.ADD, Op.PRINT, Op.HALT, Op.PRINT]))
counts = [0] * (max(Op) + 1)
for op in [Op.ADD, Op.ADD, Op.HALT, Op.PUSH]:
    counts[op] += 1
print(counts, sum(COST.values()), sorted(COST, reverse=True)[:2])
