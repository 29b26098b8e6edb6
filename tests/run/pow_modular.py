"""pow(base, exp, mod): modular exponentiation, inverses, RSA and Fermat."""


def mod_cases() -> None:
    print(pow(2, 10, 1000), pow(3, 200, 1000000007), pow(7, 0, 13), pow(7, 0, 1))
    print(pow(0, 0, 5), pow(0, 5, 5), pow(5, 3, 1), pow(5, 3, -1))
    print(pow(3, 2, -7), pow(-3, 3, 7), pow(-3, 3, -7), pow(-2, 5, 9))
    print(pow(2, -1, 5), pow(3, -2, 11), pow(-4, -1, 7), pow(2, -1, -5))
    print(pow(0, -1, 1), pow(10, -3, 1), pow(True, 5, 3), pow(2, 3, True + True + 1))
    print(pow(base=2, exp=10), pow(2, exp=5), pow(base=3, exp=4, mod=5), pow(2, 5, None))
    big = 9223372036854775807  # 2**63 - 1
    print(pow(2, 62, big), pow(big - 1, 2, big), pow(big - 1, big - 1, big))
    print(pow(123456789123456789, 987654321987654321, 9223372036854775783))
    print(pow(-123456789123456789, 65537, -9223372036854775783))
    lowest = -9223372036854775807 - 1
    print(pow(3, 1000, lowest), pow(lowest, 3, 1000003), pow(lowest, 2, lowest + 1))
    print(pow(5, lowest, 9223372036854775783), pow(5, big, 9223372036854775783))
    inv = pow(7, -1, 9223372036854775783)
    print(inv, pow(inv, -1, 9223372036854775783))
    for bad in [(2, 3, 0), (2, -1, 4), (0, -1, 7), (6, -5, -9)]:
        try:
            print(pow(bad[0], bad[1], bad[2]))
        except ValueError as e:
            print("ValueError:", e)


def is_probable_prime(n: int, bases: list[int]) -> bool:
    """Fermat test to each base."""
    if n < 2:
        return False
    for a in bases:
        if a % n == 0:
            continue
        if pow(a, n - 1, n) != 1:
            return False
    return True


def miller_rabin(n: int) -> bool:
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd_inverse(a: int, m: int) -> int:
    return pow(a, -1, m)


def rsa() -> None:
    p, q = 1000003, 998244353
    n = p * q
    phi = (p - 1) * (q - 1)
    e = 65537
    d = egcd_inverse(e, phi)
    print("n =", n, "d =", d, "check", pow(d, -1, phi) == e)
    message = [72, 101, 108, 108, 111, 44, 32, 82, 83, 65]
    cipher = [pow(m, e, n) for m in message]
    print(cipher)
    plain = [pow(c, d, n) for c in cipher]
    print("".join(chr(m) for m in plain))
    # signing with the private key, checking with the public one
    digest = 123456789
    signature = pow(digest, d, n)
    print("signature ok:", pow(signature, e, n) == digest)


def main() -> None:
    mod_cases()
    print([n for n in range(2, 60) if is_probable_prime(n, [2, 3])])
    carmichael = [561, 1105, 1729, 2465, 2821]
    print([is_probable_prime(c, [2]) for c in carmichael], [miller_rabin(c) for c in carmichael])
    print([n for n in range(9223372036854775707, 9223372036854775807, 2) if miller_rabin(n)])
    print(miller_rabin(9223372036854775783), miller_rabin(2305843009213693951))
    rsa()
    print(pow(3, 4, 0))


main()
