Matrix = list[list[float]]


def zeros(n: int, m: int) -> Matrix:
    return [[0.0] * m for _ in range(n)]


def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = [[b[i][j] for i in range(len(b))] for j in range(len(b[0]))]
    return [[sum((x * y for x, y in zip(row, col)), 0.0) for col in bt] for row in a]


def transpose(a: Matrix) -> Matrix:
    return [list(r) for r in zip(a[0], a[1], a[2])] if len(a) == 3 else [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def det(a: Matrix) -> float:
    n = len(a)
    m = [row[:] for row in a]
    d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[p][c]) < 1e-12:
            return 0.0
        if p != c:
            m[p], m[c] = m[c], m[p]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d


def show(a: Matrix) -> None:
    for row in a:
        print("[" + " ".join(f"{x:8.3f}" for x in row) + "]")


def main() -> None:
    a: Matrix = [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]
    show(a)
    show(matmul(a, identity(3)))
    show(transpose([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
    print(det(a), det(identity(4)), det([[1.0, 2.0], [2.0, 4.0]]))
    print(a, zeros(2, 2), [r[::-1] for r in a])
    print(sum([0.1] * 10), sum([1.5, 2.5], 10.0), max(a[0]), min(a[1]), sum(a[0]) / len(a[0]))
    try:
        matmul(a, [[1.0]])
    except ValueError as e:
        print(e)
    b = [row[:] for row in a]
    b[0][0] = 99.0
    print(a[0][0], b[0][0], a == b, a != b, a[1] == b[1], a < b)
    flat = [x for row in a for x in row if x != 0.0]
    print(flat, sorted(flat), sorted(flat, reverse=True), sorted(flat, key=abs))
    print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1), round(15, -1), round(-0.4))
    print(divmod(7, -2), divmod(-7.5, 2), 7 // -2, -7 % 3, 7.0 % -3, abs(-0.0), -0.0, 1e16, 1.5e-5, 123456789012345678.0)


if __name__ == "__main__":
    main()
