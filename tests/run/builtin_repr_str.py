ia: list[int | str] = [1, "a"]
print(repr(ia), str(ia), repr("x"), str("x"), repr(1.5), str((1,)))
print(repr({"k": ("v", 2.0)}), repr(set()), repr({1}), str({}), repr(()), repr(None))
mixed: list[float | bool | str | None] = [None, True, 1e-5, -0.0, "it's"]
print(repr(mixed), repr(['"', "'", "\n", "\t"]))
deep: list[int | list[int | list[int]]] = [1, [2, [3, 4]]]
print(deep, {"a": {"b": 1}}, [(1,), (2,)])
print(str([1.1, 2.2]), "[1, 2]")
print(repr(b"abc"), [b"x\x00"])
