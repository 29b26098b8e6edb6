"""A generic class called for its exception only (Box(-1)): mypy infers
Box[Never], whose methods are compiled with object for T."""

from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, n: int) -> None:
        self.items: list[T] = []
        if n < 0:
            raise ValueError(n)

    def find(self, key: T) -> int:
        if key not in self.items:
            raise KeyError(key)
        return self.items.index(key)

    def first(self) -> T:
        if not self.items:
            raise IndexError(self.items)
        return self.items[0]


def main() -> None:
    try:
        Box(-1)
    except ValueError as e:
        print("bad", e)
    b: Box[int] = Box(1)
    b.items.append(4)
    print(len(b.items), b.find(4))


if __name__ == "__main__":
    main()
