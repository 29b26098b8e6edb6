def hog() -> int:
    chunks: list[list[int]] = []
    total = 0
    try:
        while True:
            chunks.append([0] * 100000)
            total += 1
    except MemoryError:
        chunks.clear()
        print("MemoryError caught")
    return total


n = hog()
print(n > 10)
again = hog()
print(again > 10)
try:
    big: list[int] = [1] * (2 ** 40)
except MemoryError as e:
    print("huge list:", type(e).__name__, repr(e))
print("done")
