# Rich comparisons: __lt__ drives sort(), sorted(), min() and max(); the
# reflected method answers when the left operand has none.


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def key(self) -> int:
        return self.major * 1000 + self.minor

    def __lt__(self, other: "Version") -> bool:
        return self.key() < other.key()

    def __le__(self, other: "Version") -> bool:
        return self.key() <= other.key()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.key() == other.key()

    def __hash__(self) -> int:
        return self.key()

    def __repr__(self) -> str:
        return "v" + str(self.major) + "." + str(self.minor)


vs = [Version(1, 10), Version(1, 2), Version(0, 9), Version(2, 0), Version(1, 2)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version(1, 2), Version(1, 3)
print(a < b, a > b, b > a, a <= b, b >= a, a == Version(1, 2), a != b)
vs.sort()
print(vs, vs[0] == vs[1])
def minor_first(v: Version) -> int:
    return -v.minor


print(sorted(vs, key=minor_first))
