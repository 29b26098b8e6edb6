def forever(n: int) -> int:
    return forever(n + 1) + 1


def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("recursion error caught", attempt)
print(depth(500))
try:
    forever(0)
except RuntimeError:
    print("also a RuntimeError")
print("still running")
