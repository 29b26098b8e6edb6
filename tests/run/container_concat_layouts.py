"""list + list and dict | dict: same item types, empty literals on either side
([] + ints and {} | d took the empty literal's layout and read ints as pointers)."""

from typing import Optional


def main() -> None:
    ints = [1, 2]
    print(ints + ints, [] + ints, ints + [], ["a"] + ["b"], [0.5] + [1.5])
    opt: list[Optional[int]] = [None, 1]
    print(opt + opt, opt + [None], [[1]] + [[2, 3]])
    d = {"a": 1}
    print(d | d, d | {"b": 2}, {} | d)
    e: dict[str, list[int]] = {"x": [1]}
    print(e | {"y": []})


if __name__ == "__main__":
    main()
