def check(n: int) -> bool:
    return n % 3 == 0 or n % 5 == 0


def main() -> None:
    t = True
    f = False
    print(t and f, t or f, not t, not f, t and t, f or f)
    print(t == f, t != f, t > f, f < t, t & f, t | f, t ^ t)
    print(check(9), check(10), check(7))
    print(3 and 4, 0 or 5, 0 and 9, 6 or 0)
    print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 5 == 5 == 5)
    print(bool(0), bool(3), bool(0.0), bool(-0.5), bool(""), bool("x"))
    print(True + True, True * 10, -True, ~False)


if __name__ == "__main__":
    main()
