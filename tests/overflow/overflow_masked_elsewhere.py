"""A product that is masked in one place but also read whole keeps its
overflow check: only results used solely under a mask may wrap."""


def main() -> None:
    x = 3037000400
    for i in range(200):
        p = x * x
        print(p & 0xFFFF, p > 0)
        x += 1


if __name__ == "__main__":
    main()
