from dataclasses import dataclass
from typing import Optional, Union


@dataclass
class P:
    x: int


class Q:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        print("Q.__eq__")
        return isinstance(other, Q) and other.v == self.v

    def __hash__(self) -> int:
        return self.v


def find(ps: list[P], x: int) -> Optional[P]:
    for p in ps:
        if p.x == x:
            return p
    return None


def main() -> None:
    a: object = "k"
    b: object = 3
    c: Union[int, str] = "k"
    print(a == b, a == a, b != a)
    print(b == 3, b == 3.0, b == True, 3 == b)
    print(a == "k", "k" == a, a != "k")
    print(c == "k", c == 3, "k" == c)
    d: Union[int, float] = 2
    print(d < 3, d >= 2.0, 1.5 < d, d == 2.0)
    o: object = P(1)
    print(o == P(1), P(1) == o, o == P(2), o == 1)
    q: object = Q(4)
    print(q == Q(4), q != Q(5), q == 4)
    ms: Optional[str] = None
    print(ms == "a", ms == None, ms != "a")
    ms = "a"
    print(ms == "a", ms != "a")
    items: list[Union[int, str]] = [1, "a", 2]
    print([x for x in items if x == "a" or x == 2])
    t: object = (1, "a")
    print(t == (1, "a"), t == (1, "b"))
    ps = [P(1), P(2)]
    print(find(ps, 1) == P(1), find(ps, 5) == P(1), P(2) == find(ps, 2), find(ps, 5) != P(1))
    print(find(ps, 5) == find(ps, 6), find(ps, 1) != find(ps, 5))
    oq: Optional[Q] = None
    print(oq == Q(1), oq != Q(1))
    oq = Q(1)
    print(oq == Q(1), oq != Q(1))
    ob: Optional[bytes] = None
    print(ob == b"x", ob != b"x")
    env: dict[str, str] = {"HOME": "/root"}
    print(env.get("HOME") == "/root", env.get("PATH") == "/bin", env.get("PATH") != None)


if __name__ == "__main__":
    main()
