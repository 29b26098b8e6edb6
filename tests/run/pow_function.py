# float ** float and pow() are typed precisely by pyuk's mypy plugin
# (typeshed says Any): no casts, no "type: ignore".


def norm(x: float, y: float) -> float:
    return (x * x + y * y) ** 0.5


def main() -> None:
    a = 2.0
    b = 0.5
    n = 3
    m = 4
    print(a ** b, pow(a, b), pow(n, m), pow(n, a), pow(a, n), pow(2, -1))
    print(norm(3.0, 4.0), 10.0 ** -2.0, 0.0 ** 0.0, pow(1.5, 2.5))
    r = pow(2.0, 0.5) + 1
    print(r, (-8.0) ** 3.0, (-2.0) ** -1.0)


if __name__ == "__main__":
    main()
