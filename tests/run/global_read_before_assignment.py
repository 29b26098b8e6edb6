# Module constants: a function may run before a global is assigned (NameError),
# constants assigned before any call are read without a check (and folded).
LIMIT = 10
SCALE = 2.5
NAME = "pyuk"
TABLE = [1, 2, 3]


def show() -> None:
    print(LATE)


def use_constants(n: int) -> float:
    total = 0.0
    for i in range(n):
        if i < LIMIT:
            total += SCALE * TABLE[i % len(TABLE)]
    return total


def main() -> None:
    print(use_constants(20), NAME, LIMIT)
    try:
        show()
    except NameError as e:
        print("NameError:", e)


main()
LATE = 1
show()
