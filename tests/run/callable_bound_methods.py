from collections.abc import Callable


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0

    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    def describe(self) -> str:
        return f"{self.owner}: {self.balance}"


class Savings(Account):
    def deposit(self, amount: int) -> int:
        # a bonus on every deposit: the bound method dispatches like a call
        self.balance += amount + amount // 10
        return self.balance


def apply_all(ops: list[Callable[[int], int]], amount: int) -> list[int]:
    return [op(amount) for op in ops]


def main() -> None:
    a = Account("ann")
    s = Savings("sam")
    accounts: list[Account] = [a, s]
    deposits: list[Callable[[int], int]] = [acc.deposit for acc in accounts]
    print(apply_all(deposits, 100))
    print(apply_all(deposits, 50))
    show = s.describe
    print(show(), a.describe())
    later: Callable[[], str] = a.describe
    a.deposit(1)
    print(later())


main()
