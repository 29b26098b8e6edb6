"""round(), divmod(), int.bit_length() and float.is_integer() with CPython's
results and errors (half to even, signs of float remainders, messages)."""


def show_round() -> None:
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e15 + 0.5, -0.0, 0.49999999999999994]:
        print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
    for n in [1234, 1250, 1350, -1250, -1351, 5, 15, 25, 0, 922337203685477580]:
        print(n, round(n), round(n, 2), round(n, -1), round(n, -2), round(n, -30))
    print(round(1e300, -299), round(0.1 + 0.2, 15), round(123.456, ndigits=1), round(7.5, None))
    print(round(True), round(3, ndigits=-1))


def show_round_errors() -> None:
    for bad in [float("nan"), float("inf"), -float("inf")]:
        try:
            print(round(bad))
        except ValueError as e:
            print("ValueError", e)
        except OverflowError as e:
            print("OverflowError", e)
    try:
        print(round(1.7976931348623157e308, -308))
    except OverflowError as e:
        print("OverflowError", e)


def show_divmod() -> None:
    for a in [7, -7, 0, 13]:
        for b in [2, -2, 5, -5]:
            print(a, b, divmod(a, b), divmod(float(a), b), divmod(a, b + 0.5))
    print(divmod(-0.0, 1.0), divmod(1e308, 1e-308), divmod(5.5, float("inf")))
    try:
        print(divmod(1, 0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    for x, y in [(1.0, 0.0), (-2.5, -0.0)]:
        try:
            print(divmod(x, y))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    q, r = divmod(100, 7)
    print(q * 7 + r)


def show_bits() -> None:
    for n in [0, 1, -1, 255, -256, 1 << 40, -(1 << 62), 9223372036854775807]:
        print(n, n.bit_length())
    for f in [0.0, -0.0, 2.0, 2.5, 1e300, float("inf"), float("nan"), -3.0]:
        print(f, f.is_integer())


def main() -> None:
    show_round()
    show_round_errors()
    show_divmod()
    show_bits()


if __name__ == "__main__":
    main()
