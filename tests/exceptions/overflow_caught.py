def grow(factor: int) -> int:
    value = 1
    steps = 0
    try:
        while True:
            value = value * factor
            steps += 1
    except OverflowError as e:
        print("OverflowError after", steps, "steps:", e)
    return steps


print(grow(2), grow(10))
try:
    print(9223372036854775807 + int("1"))
except ArithmeticError as e:
    print(type(e).__name__, "caught as ArithmeticError")
print(-9223372036854775807 - 1)
