# A bank account with read-only properties, validation through user
# exception classes carrying fields, transfers and a statement.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed: int, available: int) -> None:
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class FrozenAccount(BankError):
    pass


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self._owner = owner
        self._balance = balance
        self._history: list[int] = []
        self.frozen = False

    @property
    def owner(self) -> str:
        return self._owner

    @property
    def balance(self) -> int:
        return self._balance

    @property
    def transactions(self) -> int:
        return len(self._history)

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self._history.append(amount)

    def withdraw(self, amount: int) -> None:
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self._history.append(-amount)

    def _check(self) -> None:
        if self.frozen:
            raise FrozenAccount(self._owner)

    def transfer(self, other: "Account", amount: int) -> bool:
        try:
            self.withdraw(amount)
        except BankError as e:
            print("transfer failed:", e)
            return False
        other.deposit(amount)
        return True


alice = Account("alice", 100)
bob = Account("bob")
alice.deposit(50)
print(alice.owner, alice.balance, bob.balance, alice.transactions)
print(alice.transfer(bob, 120), alice.balance, bob.balance)
print(alice.transfer(bob, 120), alice.balance, bob.balance)
try:
    bob.withdraw(500)
except InsufficientFunds as e:
    print("short by", e.needed - e.available, str(e))
bob.frozen = True
print(bob.transfer(alice, 1))
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in (alice, bob):
    print(f"{acct.owner:>6} {acct.balance:5d} {acct.transactions}")
