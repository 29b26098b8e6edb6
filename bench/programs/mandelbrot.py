"""Mandelbrot: escape-time iteration over a grid of points, with a checksum
of the iteration counts (the Benchmarks Game's kernel, without the bitmap).

Needs: int, float, while, for over range, functions.
"""

SIZE = 900
MAX_ITER = 50


def escape(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    i = 0
    while i < limit:
        tr = zr * zr
        ti = zi * zi
        if tr + ti > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
        i += 1
    return limit


def main() -> None:
    size = SIZE
    total = 0
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            n = escape(cr, ci, MAX_ITER)
            total += n
            if n == MAX_ITER:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
    print(size, MAX_ITER, total, inside, checksum)


if __name__ == "__main__":
    main()
