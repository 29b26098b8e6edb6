unwound = 0


def descend(n: int) -> int:
    global unwound
    try:
        if n == 0:
            raise RuntimeError("bottom of the stack")
        return descend(n - 1) + 1
    finally:
        unwound += 1


try:
    descend(400)
except RuntimeError as e:
    print("caught", e, "after unwinding", unwound, "frames")
unwound = 0
descend(40)
