def is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def main() -> None:
    count = 0
    last = 0
    for n in range(2000):
        if is_prime(n):
            count += 1
            last = n
    print(count, last)
    print(is_prime(2147483647))


if __name__ == "__main__":
    main()
