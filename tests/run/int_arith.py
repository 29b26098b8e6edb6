def main() -> None:
    a = 17
    b = 5
    print(a + b, a - b, a * b, a // b, a % b, a ** 2)
    print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
    print(7 // 7, 0 // 3, -1 // 2, 1 // -2, -7 % 3, 7 % -3)
    print(2 ** 0, 2 ** 10, (-3) ** 3, 10 ** 18)
    print(-9223372036854775807 - 1)
    print(9223372036854775807)
    x = 1
    for _ in range(62):
        x = x * 2
    print(x, x - 1 + x)


if __name__ == "__main__":
    main()
