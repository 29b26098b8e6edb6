LIMIT = 20
SCALE = 2.5
GREETING = "hi"
DEBUG = False

counter = 0


def bump(n: int) -> None:
    global counter
    counter += n


def main() -> None:
    total = 0
    for i in range(LIMIT):
        total += i
    print(GREETING, total, total * SCALE, DEBUG)
    bump(3)
    bump(4)
    print("counter", counter)


if __name__ == "__main__":
    main()
