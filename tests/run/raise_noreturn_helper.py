from typing import NoReturn


def fail(message: str) -> NoReturn:
    raise RuntimeError(message)


def check(n: int) -> int:
    if n < 0:
        fail("negative value")
    return n * 2


def always(n: int) -> int:
    if n > 0:
        return n
    fail("not positive")


print(check(4))
print(always(3))
try:
    always(0)
except RuntimeError:
    print("caught from NoReturn helper")
print(check(-1))
