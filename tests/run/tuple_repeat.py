"""Tuple repetition (t * n, n * t): fixed and variadic tuples, mixed item types,
zero and negative counts."""

def main() -> None:
    t = (1, 2)
    print(t * 3, 2 * ("a",), () * 5, t * 0, t * -2, (1.5, 2.5) * 2)
    mixed = (1, "x")
    print(mixed * 2, len(mixed * 3), (None,) * 3, ((1, 2),) * 2)
    row: tuple[int, ...] = (0,) * 4
    print(row, row[3], sum(row), True * (7,))


if __name__ == "__main__":
    main()
