"""A defaultdict whose factory raises: the exception reaches the caller,
the key is not inserted; then an uncaught one."""
from collections import defaultdict

calls: list[int] = []


def make() -> int:
    calls.append(1)
    if len(calls) > 1:
        raise ValueError(f"factory call {len(calls)}")
    return 10


def main() -> None:
    d: defaultdict[str, int] = defaultdict(make)
    print(d["a"], len(d))
    try:
        print(d["b"])
    except ValueError as e:
        print("caught", e, "b" in d, len(d))
    print(d["a"])
    d["c"] += 1


main()
