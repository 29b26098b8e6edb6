def forever(n: int) -> int:
    return forever(n + 1) + 1


def start() -> int:
    return forever(0)


print("recursing")
start()
