from typing import Callable, Generic, Iterator, Optional, Protocol, TypeVar


class Comparable(Protocol):
    def __lt__(self, other: "Comparable", /) -> bool: ...


K = TypeVar("K", int, str)
V = TypeVar("V")


class Node(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key: K = key
        self.value: V = value
        self.left: Optional[Node[K, V]] = None
        self.right: Optional[Node[K, V]] = None


class Tree(Generic[K, V]):
    def __init__(self) -> None:
        self.root: Optional[Node[K, V]] = None
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def __contains__(self, key: K) -> bool:
        return self._find(key) is not None

    def __getitem__(self, key: K) -> V:
        n = self._find(key)
        if n is None:
            raise KeyError(key)
        return n.value

    def _find(self, key: K) -> Optional[Node[K, V]]:
        n = self.root
        while n is not None:
            if key == n.key:
                return n
            n = n.left if key < n.key else n.right
        return None

    def insert(self, key: K, value: V) -> None:
        if self.root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        n = self.root
        while True:
            if key == n.key:
                n.value = value
                return
            if key < n.key:
                if n.left is None:
                    n.left = Node(key, value)
                    self.size += 1
                    return
                n = n.left
            else:
                if n.right is None:
                    n.right = Node(key, value)
                    self.size += 1
                    return
                n = n.right

    def items(self) -> list[tuple[K, V]]:
        out: list[tuple[K, V]] = []

        def walk(n: Optional[Node[K, V]]) -> None:
            if n is None:
                return
            walk(n.left)
            out.append((n.key, n.value))
            walk(n.right)

        walk(self.root)
        return out

    def height(self) -> int:
        def h(n: Optional[Node[K, V]]) -> int:
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)


T = TypeVar("T")
U = TypeVar("U")


def mapped(xs: list[T], f: Callable[[T], U]) -> list[U]:
    return [f(x) for x in xs]


def first_or(xs: list[T], default: T) -> T:
    return xs[0] if xs else default


def main() -> None:
    t: Tree[int, str] = Tree()
    for k in [50, 30, 70, 20, 40, 60, 80, 30]:
        t.insert(k, f"v{k}")
    print(len(t), 40 in t, 45 in t, t[60], t.height())
    print(t.items())
    try:
        print(t[99])
    except KeyError as e:
        print("missing", e, repr(e))
    w: Tree[str, float] = Tree()
    for word in "the quick brown fox jumps over the lazy dog".split():
        w.insert(word, len(word) / 2)
    print(w.items(), len(w))
    print(mapped(w.items(), lambda kv: kv[0].upper()))
    print(mapped([1, 2, 3], str), first_or([], "none"), first_or([3.5], 0.0))
    print(w["zzz"])


if __name__ == "__main__":
    main()
