# Calls through a base-typed reference reach the override of the object's
# class; methods that no subclass overrides are called directly.


class Expr:
    def eval(self) -> int:
        return 0

    def depth(self) -> int:
        return 1

    def twice(self) -> int:
        return 2 * self.eval()


class Num(Expr):
    def __init__(self, v: int) -> None:
        self.v = v

    def eval(self) -> int:
        return self.v


class Add(Expr):
    def __init__(self, a: Expr, b: Expr) -> None:
        self.a = a
        self.b = b

    def eval(self) -> int:
        return self.a.eval() + self.b.eval()

    def depth(self) -> int:
        return 1 + max(self.a.depth(), self.b.depth())


class Mul(Add):
    def eval(self) -> int:
        return self.a.eval() * self.b.eval()


class Neg(Expr):
    def __init__(self, e: Expr) -> None:
        self.e = e

    def eval(self) -> int:
        return -self.e.eval()

    def depth(self) -> int:
        return 1 + self.e.depth()


tree: Expr = Add(Num(2), Mul(Num(3), Neg(Add(Num(4), Num(1)))))
print(tree.eval(), tree.twice(), tree.depth())
exprs: list[Expr] = [Num(7), Neg(Num(7)), Mul(Num(6), Num(7)), Expr(), tree]
print([e.eval() for e in exprs])
print([e.depth() for e in exprs])
total = 0
for e in exprs:
    total += e.twice()
print(total)
