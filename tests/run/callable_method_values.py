from typing import Callable, Protocol


class Shape(Protocol):
    name: str

    def area(self) -> float: ...
    def scaled(self, k: float) -> float: ...

    @property
    def sides(self) -> int: ...


class Base:
    def __init__(self, n: int) -> None:
        self.n = n

    @classmethod
    def make(cls, n: int) -> "Base":
        return cls(n)

    @classmethod
    def build(cls, n: int) -> "Base":
        f = cls.make
        return f(n + 1)

    def describe(self) -> str:
        return f"{type(self).__name__}({self.n})"

    @staticmethod
    def twice(x: int) -> int:
        return 2 * x


class Child(Base):
    def describe(self) -> str:
        return "child " + super().describe()


class Sq:
    def __init__(self, s: float) -> None:
        self.s = s
        self.name = "sq"

    def area(self) -> float:
        print("area called")
        return self.s * self.s

    def scaled(self, k: float) -> float:
        return self.area() * k

    @property
    def sides(self) -> int:
        return 4


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


def main() -> None:
    sh: Shape = Sq(3.0)
    f: Callable[[], float] = sh.area
    print("got f", sh.sides, sh.name)
    print(f(), f())
    g = sh.scaled
    print(g(2.0))
    mk = Child.make
    print(mk(3).describe(), Base.make(1).describe(), Child.build(5).describe())
    c: Base = Child(7)
    mk2 = c.make
    print(mk2(8).describe())
    desc = Base.describe
    print(desc(c), desc(Base(2)))
    print(apply_all([Base.twice, c.twice, lambda v: -v], 21))
    ds = [o.describe for o in [Base(1), Child(2)]]
    print([d() for d in ds])


if __name__ == "__main__":
    main()
