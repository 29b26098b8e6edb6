print(len([1, 2]), len((1,)), len({1: 2}), len({3}), len("héllo"), len(b"ab"))
print(min([3, 1, 2]), max([3, 1, 2]), min("bca"), max(["x", "yy"]))
nothing: list[int] = []
print(min([1, 2], default=9), max(nothing, default=-1))


def neg(x: int) -> int:
    return -x


print(max([1, 5, 3], key=neg), min([1, 5, 3], key=neg), max(["aa", "b", "cc"], key=len))
print(min(3, 1, 2), max(1.5, 2.0), min((2, "b"), (1, "z")))
print(max([(1, "a"), (1, "b")]), min([2.5, 1.5]), max([True, False]))
