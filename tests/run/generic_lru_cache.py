"""A generic LRU cache: one compiled copy per key/value types."""
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: dict[K, V] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> V | None:
        if key in self.items:
            value = self.items.pop(key)
            self.items[key] = value  # most recently used last
            self.hits += 1
            return value
        self.misses += 1
        return None

    def put(self, key: K, value: V) -> K | None:
        """Stores the value; returns the evicted key, if any."""
        evicted: K | None = None
        if key in self.items:
            self.items.pop(key)
        elif len(self.items) >= self.capacity:
            evicted = list(self.items)[0]
            del self.items[evicted]
        self.items[key] = value
        return evicted

    def keys(self) -> list[K]:
        return list(self.items)

    def stats(self) -> str:
        return f"{len(self.items)}/{self.capacity} hits={self.hits} misses={self.misses}"


def fib_cached(n: int, cache: LRUCache[int, int]) -> int:
    known = cache.get(n)
    if known is not None:
        return known
    value = n if n < 2 else fib_cached(n - 1, cache) + fib_cached(n - 2, cache)
    cache.put(n, value)
    return value


def main() -> None:
    words: LRUCache[str, float] = LRUCache(2)
    print(words.put("a", 1.5), words.put("b", 2.5))
    print(words.get("a"), words.get("zzz"))
    print(words.put("c", 3.5))  # evicts "b", the least recently used
    print(words.keys(), words.stats())
    numbers: LRUCache[int, int] = LRUCache(100)
    print(fib_cached(60, numbers), numbers.stats())
    small: LRUCache[int, int] = LRUCache(3)
    print(fib_cached(25, small), small.keys())
    tuples: LRUCache[tuple[int, int], list[str]] = LRUCache(2)
    tuples.put((1, 2), ["x"])
    tuples.put((3, 4), ["y", "z"])
    hit = tuples.get((1, 2))
    print(hit, tuples.put((5, 6), []), tuples.keys())


main()
