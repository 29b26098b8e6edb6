"""Set displays as operands of set operators (s - {"a"}, s &= {3}): typeshed
types them set[object] from the parameter, though their items share a type."""


def strings_and_lists() -> None:
    s: set[str] = {"a", "b"}
    s -= {"a"}
    t = s - {"b"}
    s ^= {"c"}
    s &= {"c", "d"}
    print(s, t, s.isdisjoint({"x"}), s.issubset({"c"}))
    xs: list[int] = [1]
    xs += (2, 3)
    xs += "ab".encode()
    print(xs)


def ints_floats_tuples() -> None:
    s: set[int] = {1, 2, 3, 400}
    s -= {1}
    t = s - {2, 400}
    u = s & {3, 4, 400}
    s ^= {3, 5}
    f = {1.5, 2.5} - {2.5}
    tup = {(1, "a"), (2, "b")} - {(1, "a")}
    print(sorted(s), t, sorted(u), f, tup, s == {2, 400, 5}, {2, 5} <= s)
    d = {"a": 1, "b": 2}
    print(set(d) - {"a"})


def main() -> None:
    strings_and_lists()
    ints_floats_tuples()


if __name__ == "__main__":
    main()
