def down(n: int) -> int:
    if n == 0:
        raise ValueError("bottom reached")
    return down(n - 1)


print(down(0) if False else "start")
down(50)
