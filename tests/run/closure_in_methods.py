from collections.abc import Callable


class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}
        self.listeners: list[Callable[[str, int], None]] = []

    def add(self, name: str, count: int) -> None:
        self.items[name] = self.items.get(name, 0) + count
        for listener in self.listeners:
            listener(name, self.items[name])

    def threshold_watcher(self, limit: int) -> Callable[[str, int], None]:
        def watch(name: str, total: int) -> None:
            if total >= limit:
                print(f"{name} reached {total} (limit {limit}, {len(self.items)} kinds)")

        return watch

    def sorted_by(self, descending: bool) -> list[str]:
        sign = -1 if descending else 1
        return sorted(self.items, key=lambda n: (sign * self.items[n], n))

    def counter(self) -> Callable[[], int]:
        calls = 0

        def count() -> int:
            nonlocal calls
            calls += 1
            return calls * len(self.items)

        return count


def main() -> None:
    inv = Inventory()
    inv.listeners.append(inv.threshold_watcher(5))
    inv.listeners.append(lambda name, total: print("log", name, total))
    inv.add("bolt", 3)
    inv.add("nut", 6)
    inv.add("bolt", 4)
    print(inv.sorted_by(True), inv.sorted_by(False))
    c = inv.counter()
    print(c(), c(), c())


main()
