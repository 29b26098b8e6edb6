from typing import Protocol


class HasArea(Protocol):
    @property
    def area(self) -> float: ...


class IntRect:
    def __init__(self, w: int) -> None:
        self.w = w

    @property
    def area(self) -> int:
        return self.w * self.w


class FRect:
    @property
    def area(self) -> float:
        return 2.5


def total(xs: list[HasArea]) -> float:
    return sum((x.area for x in xs), 0.0)


def main() -> None:
    print(IntRect(3).area, total([FRect(), FRect()]))


if __name__ == "__main__":
    main()
