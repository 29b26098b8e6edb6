# Arithmetic special methods: __add__, __sub__, __mul__ with a scalar,
# reflected __rmul__, unary __neg__, and augmented assignment through them.


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec":
        return self * k

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __matmul__(self, other: "Vec") -> float:
        return self.x * other.x + self.y * other.y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


a = Vec(1.0, 2.0)
b = Vec(0.5, -1.0)
print(a + b, a - b, a * 3.0, 2.0 * b, -a, a @ b)
c = a
c += b
print(c, a)
c -= Vec(1.0, 1.0)
print(c)
print(a + b + c)
