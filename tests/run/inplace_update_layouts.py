"""In-place updates of lists, dicts and sets (names, attributes, items) with
operands of the same layout, empty literals and ranges."""

class Bag:
    def __init__(self) -> None:
        self.items: list[int] = [5]


def main() -> None:
    ints = [1, 2]
    xs = [0]
    xs += ints
    xs += []
    xs += range(3)
    b = Bag()
    b.items += ints
    grid = [[0]]
    grid[0] += ints
    d = {"a": 1}
    d |= {"b": 2}
    d |= {}
    s = {0.5}
    s |= {1.5}
    s -= {0.5}
    print(xs, b.items, grid, d, s)


if __name__ == "__main__":
    main()
