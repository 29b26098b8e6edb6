a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, a != b, a == {1: "a"}, {1: 1.0} == {1: 1})
c: dict[str, list[int]] = {"k": [1]}
print(c == {"k": [1]}, c == {"k": [2]})
print(a | {3: "c"}, {**a, 5: "e"})
a |= {9: "z"}
print(a)
