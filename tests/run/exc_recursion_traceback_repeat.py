def countdown(n: int) -> int:
    if n == 0:
        return 100 // n
    return countdown(n - 1) + 1


def ping(n: int) -> int:
    if n == 0:
        raise ValueError("ping bottom")
    return pong(n - 1)


def pong(n: int) -> int:
    return ping(n)


try:
    countdown(30)
except ZeroDivisionError:
    print("countdown failed at the bottom")
try:
    ping(8)
except ValueError as e:
    print("ping-pong failed:", e)
countdown(20)
