"""print(*xs): iterables and tuples unpacked into the arguments, with sep, end,
file and flush, mixed item types."""

import sys
from dataclasses import dataclass


@dataclass
class P:
    x: int


def main() -> None:
    xs = [1.5, 2.0]
    d = {"a": 1, "b": 2}
    print("start", *xs, "mid", *d, *range(3), end="!\n")
    print(*[], sep="-")
    print(*"abc", sep="|", file=sys.stderr)
    print(*[P(1), P(2)], *(None, True), *(1, "t"), *{3: "x"}.values(), sep="; ", flush=True)
    pair = (7, "seven")
    print(*pair, sep="=")
    words = "the quick brown fox".split()
    print(*sorted(words, key=len), sep="\n")


if __name__ == "__main__":
    main()
