from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Pair(Generic[K, V]):
    key: K
    value: V

    def swapped(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def describe(self) -> str:
        return f"{self.key!r} -> {self.value!r}"


@dataclass(frozen=True)
class Tagged(Generic[V]):
    tag: str
    item: V


def main() -> None:
    p = Pair("one", 1)
    print(p, p.describe())
    q = p.swapped()
    print(q, q.key + 1, q.value.upper())
    print(Pair(1.5, [1, 2]).swapped())
    print(p == Pair("one", 1), p == Pair("one", 2))
    t = Tagged("n", 42)
    u = Tagged("s", "text")
    print(t, u, t == Tagged("n", 42), hash(t) == hash(Tagged("n", 42)))
    pairs = [Pair(k, len(k)) for k in ["aa", "b", "cccc"]]
    pairs.sort(key=lambda pr: pr.value)
    print([pr.key for pr in pairs])


main()
