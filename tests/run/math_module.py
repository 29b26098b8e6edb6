"""The math module: constants, libm functions with CPython's errors (domain and
range), floor/ceil/trunc to int, gcd/lcm/isqrt/factorial, isclose, and
`from math import ...`."""

import math
from math import pi, sqrt


def main() -> None:
    print(math.pi, pi, math.e, math.tau, math.inf, -math.inf, math.nan)
    print(sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(3))
    print(math.exp(1), math.exp(-745.2), math.log(math.e), math.log(8, 2), math.log(100, 10))
    print(math.log2(1024), math.log10(1000), math.log1p(1e-10), math.expm1(1e-10), math.exp2(10))
    print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan(1.0), math.atan2(1.0, -1.0))
    print(math.asin(0.5), math.acos(0.5), math.sinh(1.0), math.cosh(1.0), math.tanh(0.5))
    print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-0.5), math.trunc(-2.7), math.floor(7))
    print(math.fabs(-3), math.copysign(1.0, -0.0), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(1.0, math.inf))
    print(math.pow(2, 10), math.pow(2.0, 0.5), math.pow(math.inf, -1), math.pow(-2.0, 3.0), math.pow(0.0, 0.0))
    print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(), math.gcd(5), math.gcd(12, 18, 8))
    print(math.lcm(4, 6), math.lcm(0, 3), math.lcm(2, 3, 4), math.isqrt(17), math.isqrt(9223372036854775807))
    print(math.factorial(0), math.factorial(20), math.degrees(math.pi), math.radians(180))
    print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.isfinite(math.nan), math.isnan(3))
    print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9))
    hyp = math.sqrt(3.0 ** 2 + 4.0 ** 2)
    print(f"{hyp:.3f} {math.pi:.10f}")
    for bad in [-1.0, 0.0]:
        try:
            print(math.log(bad))
        except ValueError as e:
            print("ValueError", e)
    for x in [-1.0, 1000.0, math.inf, 2.0]:
        try:
            print(math.sqrt(x), math.exp(x))
        except ValueError as e:
            print("ValueError", e)
        except OverflowError as e:
            print("OverflowError", e)
    for y in [math.inf, math.nan]:
        try:
            print(math.floor(y))
        except ValueError as e:
            print("ValueError", e)
        except OverflowError as e:
            print("OverflowError", e)
    for a, b in [(0.0, -1.0), (10.0, 400.0), (-8.0, 1 / 3)]:
        try:
            print(math.pow(a, b))
        except ValueError as e:
            print("ValueError", e)
        except OverflowError as e:
            print("OverflowError", e)
    try:
        print(math.log(5, 1))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(math.isqrt(-4))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(math.factorial(-1))
    except ValueError as e:
        print("ValueError", e)
    print("end")


if __name__ == "__main__":
    main()
