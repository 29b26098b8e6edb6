def index_error(items: list[int], i: int) -> int:
    try:
        return items[i]
    except IndexError as e:
        print("IndexError:", e)
        return -1


def key_error(table: dict[str, int], key: str) -> int:
    try:
        return table[key]
    except KeyError as e:
        print("KeyError:", e, repr(e))
        return -1


def value_error(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        print("ValueError:", e)
        return -1


def pop_error(items: list[int]) -> int:
    try:
        return items.pop()
    except IndexError as e:
        print("IndexError:", e)
        return -1


def remove_error(items: list[int], x: int) -> None:
    try:
        items.remove(x)
    except ValueError as e:
        print("ValueError:", e)


def str_index(text: str, i: int) -> str:
    try:
        return text[i]
    except IndexError as e:
        print("IndexError:", e)
        return "?"


def dict_pop(table: dict[str, int], key: str) -> int:
    try:
        return table.pop(key)
    except KeyError as e:
        print("KeyError:", repr(e))
        return -1


def tuple_index(values: tuple[int, ...], i: int) -> int:
    try:
        return values[i]
    except LookupError as e:
        print(type(e).__name__, e)
        return -1


print(index_error([1, 2, 3], 1), index_error([1, 2, 3], 5))
print(key_error({"a": 1}, "a"), key_error({"a": 1}, "b"))
print(value_error("42"), value_error("4x2"))
print(pop_error([7]), pop_error([]))
remove_error([1, 2], 3)
print(str_index("abc", -1), str_index("abc", 10))
print(dict_pop({"k": 5}, "k"), dict_pop({}, "zz"))
print(tuple_index((1, 2, 3), 2), tuple_index((1, 2, 3), -4))
empty: list[int] = []
print(max(empty) if empty else "empty list")
try:
    print(max(empty))
except ValueError as e:
    print("ValueError:", e)
try:
    print("abc".index("z"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(float("not a number"))
except ValueError as e:
    print("ValueError:", e)
print({"x": 1}["y"])
