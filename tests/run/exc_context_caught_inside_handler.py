def risky(n: int) -> int:
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 // n


def main() -> None:
    try:
        risky(0)
    except ZeroDivisionError:
        try:
            risky(0)
        except ZeroDivisionError:
            print("second failure handled inside the first handler")
        print("still handling the first")
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            raise LookupError("escalated")


main()
