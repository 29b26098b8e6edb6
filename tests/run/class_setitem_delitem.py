"""obj[k] = v, del obj[k] and obj[k] op= v through __setitem__/__delitem__
(with __getitem__), on a plain and a generic class; an in-place += on an
item extends the list the item holds."""

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.cells = [0.0] * (w * h)

    def __getitem__(self, pos: tuple[int, int]) -> float:
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos: tuple[int, int], value: float) -> None:
        x, y = pos
        if not 0 <= x < self.w:
            raise IndexError(f"column {x} out of range")
        self.cells[y * self.w + x] = value


class Store(Generic[K, V]):
    def __init__(self) -> None:
        self.data: dict[K, V] = {}
        self.log: list[str] = []

    def __getitem__(self, key: K) -> V:
        return self.data[key]

    def __setitem__(self, key: K, value: V) -> None:
        self.log.append(f"set {key!r}")
        self.data[key] = value

    def __delitem__(self, key: K) -> None:
        self.log.append(f"del {key!r}")
        del self.data[key]


def key_of(name: str) -> str:
    print("key", name)
    return name


def main() -> None:
    g = Grid(3, 2)
    g[1, 1] = 2.5
    g[(0, 0)] = -1.0
    g[1, 1] += 0.25
    g[2, 0] -= 3
    print(g.cells, g[1, 1])
    s: Store[str, int] = Store()
    s["a"] = 1
    s[key_of("b")] = 2
    s[key_of("a")] += 10
    del s["b"]
    print(s.data, s.log)
    t: Store[int, list[str]] = Store()
    t[1] = ["x"]
    alias = t[1]
    t[1] += ["y"]
    print(t.data, alias, alias is t[1])
    try:
        del s["zz"]
    except KeyError as e:
        print("KeyError", e)
    g[5, 0] = 1.0


if __name__ == "__main__":
    main()
