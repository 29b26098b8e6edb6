def find_pair(target: int) -> int:
    for a in range(1, 50):
        for b in range(a, 50):
            if a * a + b * b == target:
                return a * 100 + b
    return -1


def main() -> None:
    print(find_pair(25), find_pair(50), find_pair(3))
    count = 0
    for i in range(10):
        for j in range(10):
            if (i + j) % 3 == 0:
                continue
            count += 1
            if count > 40:
                break
    print(count)


if __name__ == "__main__":
    main()
