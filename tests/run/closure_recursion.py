def fibs(n: int) -> list[int]:
    memo: dict[int, int] = {}

    def fib(k: int) -> int:
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        value = fib(k - 1) + fib(k - 2)
        memo[k] = value
        return value

    return [fib(i) for i in range(n)]


def parity(n: int) -> str:
    def is_even(k: int) -> bool:
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k: int) -> bool:
        return False if k == 0 else is_even(k - 1)

    return "even" if is_even(n) else "odd"


print(fibs(15))
print(parity(10), parity(7), parity(0))


def depth() -> int:
    def down(k: int) -> int:
        return 0 if k == 0 else 1 + down(k - 1)

    return down(500)


print(depth())
