# Class variables: shared counters written through the class, constants
# read through instances and classes, values computed from other class
# variables, and class attributes that subclasses override.
from typing import ClassVar


class Account:
    created = 0
    RATE = 3
    BONUS = RATE * 10
    registry: ClassVar[list[int]] = []

    def __init__(self, owner: int) -> None:
        Account.created += 1
        self.number = Account.created * 100 + owner
        Account.registry.append(self.number)

    @classmethod
    def restart(cls, at: int) -> None:
        Account.created = at

    def interest(self, amount: int) -> int:
        return amount * self.RATE // 100 + self.BONUS


class Premium(Account):
    RATE = 7


a = Account(1)
b = Account(2)
p = Premium(3)
print(Account.created, Premium.created, a.created)
print(a.number, b.number, p.number, Account.registry)
print(a.interest(1000), p.interest(1000), Account.RATE, Premium.RATE, Premium.BONUS)
Account.restart(50)
print(Account(4).number, Account.created)
