import sys


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account: str, needed: int, available: int) -> None:
        super().__init__(account, needed, available)
        self.account = account
        self.needed = needed
        self.available = available

    def __str__(self) -> str:
        return f"{self.account}: need {self.needed}, have {self.available}"


class UnknownAccount(LedgerError):
    pass


class Ledger:
    def __init__(self) -> None:
        self.balances: dict[str, int] = {}
        self.journal: list[tuple[str, str, int]] = []

    def open(self, name: str, amount: int = 0) -> None:
        if name in self.balances:
            raise LedgerError(f"account {name!r} exists")
        self.balances[name] = amount

    def get(self, name: str) -> int:
        try:
            return self.balances[name]
        except KeyError:
            raise UnknownAccount(name) from None

    def transfer(self, src: str, dst: str, amount: int) -> None:
        snapshot = dict(self.balances)
        ok = False
        try:
            have = self.get(src)
            if have < amount:
                raise InsufficientFunds(src, amount, have)
            self.balances[src] = have - amount
            self.balances[dst] = self.get(dst) + amount
            self.journal.append((src, dst, amount))
            ok = True
        finally:
            if not ok:
                self.balances = snapshot
                print("rolled back", src, "->", dst)

    def batch(self, moves: list[tuple[str, str, int]]) -> int:
        done = 0
        for src, dst, amt in moves:
            try:
                self.transfer(src, dst, amt)
            except InsufficientFunds as e:
                print("skip:", e, e.args)
                continue
            except LedgerError as e:
                print("abort:", type(e).__name__, e, repr(e))
                break
            else:
                done += 1
            finally:
                print("after", src, dst)
        return done


def main() -> None:
    led = Ledger()
    led.open("alice", 100)
    led.open("bob")
    try:
        led.open("bob")
    except LedgerError as e:
        print(e)
    n = led.batch([("alice", "bob", 30), ("bob", "alice", 50), ("alice", "carol", 10), ("bob", "alice", 5)])
    print(n, led.balances, led.journal)
    try:
        led.get("zed")
    except LedgerError as e:
        print("keyerror", e, isinstance(e, LedgerError))
    led.transfer("alice", "bob", 1000)


if __name__ == "__main__":
    main()
