"""list[float] + list[int] and dict | dict with int and float values: the
result would copy ints' raw words as doubles; CPython keeps each type."""


def main() -> None:
    ints = [1, 2]
    floats: list[float] = [0.5]
    print(floats + ints)
    d: dict[str, float] = {"a": 0.5}
    e: dict[str, int] = {"b": 1}
    print(d | e)


if __name__ == "__main__":
    main()


# expect:
# list_concat_mixed_numbers.py:8:11: error: concatenating lists of "list[float]" and "list[int]" is not supported by pyuk (CPython keeps each item's type): convert one side first, e.g. [float(x) for x in xs]
# list_concat_mixed_numbers.py:11:11: error: merging dicts of "dict[str, float]" and "dict[str, int]" is not supported by pyuk (CPython keeps each item's type): convert one side first, e.g. [float(x) for x in xs]
