# int, float and bool fields live unboxed in the instance's slots:
# arithmetic on them, NaN and infinities, and flags.


class Particle:
    def __init__(self, x: float, v: float, charged: bool) -> None:
        self.x = x
        self.v = v
        self.charged = charged
        self.steps = 0

    def step(self, dt: float) -> None:
        self.x += self.v * dt
        self.steps += 1
        if self.x > 10.0:
            self.charged = not self.charged


ps = [Particle(0.0, 1.5, False), Particle(9.5, 0.25, True), Particle(-1.0, -0.125, False)]
for _ in range(8):
    for p in ps:
        p.step(0.5)
for p in ps:
    print(p.x, p.v, p.charged, p.steps)
q = Particle(float("inf"), float("nan"), True)
print(q.x, q.v, q.v == q.v, q.charged and q.x > 1e308)
q.step(1.0)
print(q.x, q.steps, q.charged)
big = Particle(1e300, 1e300, False)
big.step(1e10)
print(big.x, big.charged)
