def divide(a: int, b: int) -> int:
    return a // b


def compute(b: int) -> int:
    try:
        return divide(10, b)
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise


def main() -> None:
    print(compute(2))
    try:
        compute(0)
    except ArithmeticError:
        print("caught in main")
    compute(0)


main()
