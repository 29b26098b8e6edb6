"""A generic LRU cache over a doubly linked list of generic nodes: item
assignment through __setitem__, an explicitly applied LRUCache[int, int](0),
None as a value, and an uncaught KeyError from __getitem__."""

from __future__ import annotations

from typing import Generic, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Node(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value
        self.prev: Optional[Node[K, V]] = None
        self.next: Optional[Node[K, V]] = None

    def __repr__(self) -> str:
        return f"Node({self.key!r}, {self.value!r})"


class LRUCache(Generic[K, V]):
    """Doubly linked list + dict; most recent at head."""

    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, not {capacity}")
        self.capacity = capacity
        self.map: dict[K, Node[K, V]] = {}
        self.head: Optional[Node[K, V]] = None
        self.tail: Optional[Node[K, V]] = None
        self.hits = 0
        self.misses = 0
        self.evicted: list[K] = []

    def _unlink(self, node: Node[K, V]) -> None:
        if node.prev is not None:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next is not None:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        node.prev = node.next = None

    def _push_front(self, node: Node[K, V]) -> None:
        node.next = self.head
        if self.head is not None:
            self.head.prev = node
        self.head = node
        if self.tail is None:
            self.tail = node

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __getitem__(self, key: K) -> V:
        node = self.map.get(key)
        if node is None:
            raise KeyError(key)
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key: K, value: V) -> None:
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            old = self.tail
            assert old is not None
            self._unlink(old)
            del self.map[old.key]
            self.evicted.append(old.key)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __setitem__(self, key: K, value: V) -> None:
        self.put(key, value)

    def __contains__(self, key: K) -> bool:
        return key in self.map

    def __len__(self) -> int:
        return len(self.map)

    def keys(self) -> list[K]:
        out: list[K] = []
        n = self.head
        while n is not None:
            out.append(n.key)
            n = n.next
        return out

    def __repr__(self) -> str:
        items = []
        n = self.head
        while n is not None:
            items.append(f"{n.key!r}: {n.value!r}")
            n = n.next
        return "LRUCache({" + ", ".join(items) + f"}}, cap={self.capacity})"


def fib_cached(n: int, cache: LRUCache[int, int]) -> int:
    got = cache.get(n)
    if got is not None:
        return got
    r = n if n < 2 else fib_cached(n - 1, cache) + fib_cached(n - 2, cache)
    cache.put(n, r)
    return r


def main() -> None:
    c: LRUCache[str, float] = LRUCache(3)
    c.put("a", 1.0)
    c.put("b", 2.5)
    c["c"] = -3.25
    print(c)
    print(c.get("a"), c.get("zz"), c.get("zz", 0.0))
    c.put("d", 4.0)
    print(c, c.evicted)
    print("b" in c, "a" in c, len(c))
    try:
        print(c["b"])
    except KeyError as e:
        print("KeyError", e, repr(e))
    c["a"] = 10.0
    print(c.keys(), c.hits, c.misses)

    t: LRUCache[tuple[int, int], list[str]] = LRUCache(2)
    t[(1, 2)] = ["x"]
    t[(3, 4)] = ["y", "z"]
    t[(1, 2)].append("w")
    t[(5, 6)] = []
    print(t)
    print(t.evicted)

    fc: LRUCache[int, int] = LRUCache(100)
    print([fib_cached(i, fc) for i in range(0, 90, 10)])
    print(len(fc), fc.hits, fc.misses)

    small: LRUCache[int, Optional[str]] = LRUCache(2)
    small.put(1, None)
    small.put(2, "two")
    print(small.get(1), small.get(2), small)
    try:
        LRUCache[int, int](0)
    except ValueError as e:
        print("error:", e)
    n = Node("k", 3)
    print(n, [n])
    big: LRUCache[int, str] = LRUCache(1)
    big[7] = "seven"
    print(big[8])


if __name__ == "__main__":
    main()
