# field(default_factory=...): each instance gets its own list, dict or
# nested dataclass; field(default=...) works like a plain default.
from dataclasses import dataclass, field


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0


@dataclass
class Cache:
    name: str
    entries: dict[str, int] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    limit: int = field(default=3)

    def put(self, key: str, value: int) -> None:
        if key not in self.entries and len(self.order) == self.limit:
            oldest = self.order.pop(0)
            del self.entries[oldest]
        if key not in self.entries:
            self.order.append(key)
        self.entries[key] = value

    def get(self, key: str) -> int:
        if key in self.entries:
            self.stats.hits += 1
            return self.entries[key]
        self.stats.misses += 1
        return -1


a = Cache("a")
b = Cache("b", limit=2)
for k, v in [("x", 1), ("y", 2), ("z", 3), ("w", 4)]:
    a.put(k, v)
    b.put(k, v)
print(a.get("x"), a.get("y"), a.get("w"), b.get("y"), b.get("z"))
print(a)
print(b)
print(a.entries is b.entries, a.stats is b.stats, Cache("c") == Cache("c"))
