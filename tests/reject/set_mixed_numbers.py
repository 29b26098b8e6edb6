"""A set[int] combined with a set[float]: CPython keeps each element's type
({0.5} | {3} prints {0.5, 3}); pyuk's sets hold raw numbers of one type."""


def main() -> None:
    floats = {0.5, 1.0}
    ints = {1, 3}
    print(floats | ints)
    print(floats.union(ints))
    print(floats - ints, floats & {1.0})


if __name__ == "__main__":
    main()


# expect:
# set_mixed_numbers.py:8:11: error: combining a set of "float" with a set of "int" is not supported by pyuk (CPython keeps each item's type): convert one side first, e.g. {float(x) for x in s}
# set_mixed_numbers.py:9:24: error: combining a set of "float" with a set of "int" is not supported by pyuk (CPython keeps each item's type): convert one side first, e.g. {float(x) for x in s}
