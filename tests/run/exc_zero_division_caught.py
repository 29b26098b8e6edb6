def safe_div(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError:
        print("integer division by zero caught")
        return 0


def safe_mod(a: int, b: int) -> int:
    try:
        return a % b
    except ZeroDivisionError:
        print("modulo by zero caught")
        return -1


def safe_fdiv(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        print("float division by zero caught")
        return 0.0


print(safe_div(7, 2), safe_div(7, 0))
print(safe_mod(7, 3), safe_mod(7, 0))
print(safe_fdiv(1.0, 4.0), safe_fdiv(1.0, 0.0))
print(1 // 0)
