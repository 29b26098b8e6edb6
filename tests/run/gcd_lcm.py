def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def main() -> None:
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
    result = 1
    for k in range(1, 21):
        result = lcm(result, k)
    print("lcm 1..20 =", result)


if __name__ == "__main__":
    main()
