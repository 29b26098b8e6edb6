data = [5, 2, 8, 1]
print(sorted(data), data)
print(sorted(data, reverse=True), sorted({3: "a", 1: "b"}), sorted({9, 2, 5}))
print(sorted("banana"), sorted((3.5, 1.25)), sorted([[2, 1], [1, 2], [1]]))


def last(s: str) -> str:
    return s[-1]


print(sorted(["ab", "ca", "bb"], key=last), sorted(["ab", "ca", "bb"], key=last, reverse=True))
stable: list[int] = []
print(stable)
