"""Vector and matrix classes with operator overloading: a frozen dataclass
vector (+ - * rmul neg @ abs, hashing), a matrix with __getitem__ on a
tuple, __eq__ returning NotImplemented, __pow__ by squaring, det with
pivoting, a column-aligned __str__, and shape errors."""

from __future__ import annotations

from dataclasses import dataclass
import math
from typing import Callable


@dataclass(frozen=True)
class Vec:
    x: float
    y: float
    z: float = 0.0

    def __add__(self, o: Vec) -> Vec:
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: Vec) -> Vec:
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k: float) -> Vec:
        return self * k

    def __neg__(self) -> Vec:
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o: Vec) -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self) -> float:
        return math.sqrt(self @ self)

    def cross(self, o: Vec) -> Vec:
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij: tuple[int, int]) -> float:
        return self.rows[ij[0]][ij[1]]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __add__(self, o: Matrix) -> Matrix:
        if (self.n, self.m) != (o.n, o.m):
            raise ValueError(f"shape mismatch {self.shape()} + {o.shape()}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __mul__(self, o: Matrix | float) -> Matrix:
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shape mismatch {self.shape()} * {o.shape()}")
            cols = [[o.rows[k][j] for k in range(o.n)] for j in range(o.m)]
            return Matrix([[sum((a * b for a, b in zip(r, c)), 0.0) for c in cols] for r in self.rows])
        return Matrix([[a * o for a in r] for r in self.rows])

    def __pow__(self, k: int) -> Matrix:
        result = Matrix.identity(self.n)
        base = self
        while k > 0:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def shape(self) -> tuple[int, int]:
        return (self.n, self.m)

    def transpose(self) -> Matrix:
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def det(self) -> float:
        if self.n != self.m:
            raise ValueError("not square")
        a = [r[:] for r in self.rows]
        d = 1.0
        for c in range(self.n):
            p = max(range(c, self.n), key=lambda r: abs(a[r][c]))
            if abs(a[p][c]) < 1e-12:
                return 0.0
            if p != c:
                a[p], a[c] = a[c], a[p]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                for k in range(c, self.n):
                    a[r][k] -= f * a[c][k]
        return d

    def __repr__(self) -> str:
        return f"Matrix({self.rows!r})"

    def __str__(self) -> str:
        w = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}g}" for v in r) + "]" for r in self.rows)


def main() -> None:
    a = Vec(1.0, 2.0, 3.0)
    b = Vec(-2.0, 0.5, 4.0)
    print(a + b, a - b, a * 2.0, 0.5 * a, -b)
    print(a @ b, round(abs(a), 6), a.cross(b), a == Vec(1.0, 2.0, 3.0), hash(a) == hash(Vec(1.0, 2.0, 3.0)))
    print({a, b, Vec(1.0, 2.0, 3.0)} == {a, b}, sorted([abs(a), abs(b)]))
    m = Matrix([[1.0, 2.0], [3.0, 4.0]])
    i2 = Matrix.identity(2)
    print(m * i2 == m, m + m, repr(m * 0.5))
    print(m ** 5)
    print(m.transpose(), m.det(), Matrix([[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 1.0]]).det())
    print(m[1, 0], m.shape(), m != i2, m == "m")
    fib = Matrix([[1.0, 1.0], [1.0, 0.0]]) ** 30
    print(int(fib[0, 1]))
    checks: list[Callable[[], object]] = [
        lambda: Matrix([[1.0], [1.0, 2.0]]), lambda: m + Matrix([[1.0]]),
        lambda: m * Matrix([[1.0, 2.0, 3.0]]), lambda: Matrix([[1.0, 2.0]]).det()]
    for bad in checks:
        try:
            bad()
        except ValueError as e:
            print("ValueError:", e)
    print(m * Matrix([[1.0], [1.0]]) * Matrix([[1.0, 2.0, 3.0]]))


if __name__ == "__main__":
    main()
