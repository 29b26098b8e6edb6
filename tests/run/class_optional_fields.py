# Fields of Optional and union types: None as the null reference,
# narrowing with `is not None`, boxed Optional[int] fields, and
# attributes of instances reached through optional chains.
from typing import Optional


class Employee:
    def __init__(self, name: str, boss: Optional["Employee"] = None) -> None:
        self.name = name
        self.boss = boss
        self.badge: Optional[int] = None
        self.score: int | None = None

    def chain(self) -> list[str]:
        names = [self.name]
        e = self.boss
        while e is not None:
            names.append(e.name)
            e = e.boss
        return names

    def badge_or(self, default: int) -> int:
        if self.badge is None:
            return default
        return self.badge


ceo = Employee("ada")
cto = Employee("bob", ceo)
dev = Employee("cy", cto)
dev.badge = 42
print(dev.chain(), cto.chain(), ceo.chain())
print(dev.badge_or(0), cto.badge_or(-1), dev.badge, cto.badge)
print(ceo.boss is None, dev.boss is cto, dev.boss.boss is ceo if dev.boss else False)
dev.score = 7
if dev.score is not None:
    print(dev.score + 1)
dev.badge = None
print(dev.badge, dev.badge_or(5), [e.badge for e in [ceo, cto, dev]])
