# __len__, __getitem__, __contains__ and __bool__ on a container class:
# len(), indexing, `in`, truth tests, and negative lengths are an error.


class Ring:
    def __init__(self, size: int) -> None:
        self.items: list[int] = []
        self.size = size

    def push(self, v: int) -> None:
        if len(self.items) == self.size:
            self.items.pop(0)
        self.items.append(v)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> int:
        return self.items[i % len(self.items)]

    def __contains__(self, v: int) -> bool:
        return v in self.items


class Weird:
    def __len__(self) -> int:
        return -1


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


r = Ring(3)
print(len(r), bool(r), 1 in r)
if not r:
    print("empty")
for v in range(1, 6):
    r.push(v * 10)
print(len(r), r[0], r[1], r[5], r[-1], 30 in r, 20 in r, 20 not in r)
if r:
    print("full", r.items)
print(bool(Flag(True)), bool(Flag(False)), [f.on for f in [Flag(True), Flag(False)] if f])
print("yes" if Flag(True) else "no", not Flag(False))
try:
    print(len(Weird()))
except ValueError as e:
    print("ValueError:", e)
