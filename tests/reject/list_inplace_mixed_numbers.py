"""xs += ys on a list[float] with a list[int] (name, attribute, item): the ints'
raw words would be stored as doubles; CPython keeps them ints."""

class Bag:
    def __init__(self) -> None:
        self.items: list[float] = [0.5]


def main() -> None:
    ints = [1, 2]
    fl3: list[float] = [1.5]
    fl3 += ints
    b = Bag()
    b.items += ints
    grid: list[list[float]] = [[0.5]]
    grid[0] += ints
    print(fl3, b.items, grid)


if __name__ == "__main__":
    main()


# expect:
# list_inplace_mixed_numbers.py:12:5: error: updating a "list[float]" with a "list[int]" is not supported by pyuk (CPython keeps each item's type): convert the items first, e.g. [float(x) for x in xs]
# list_inplace_mixed_numbers.py:14:5: error: updating a "list[float]" with a "list[int]" is not supported by pyuk (CPython keeps each item's type): convert the items first, e.g. [float(x) for x in xs]
# list_inplace_mixed_numbers.py:16:5: error: updating a "list[float]" with a "list[int]" is not supported by pyuk (CPython keeps each item's type): convert the items first, e.g. [float(x) for x in xs]
