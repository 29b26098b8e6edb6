# Fields declared in __init__ and by annotation, methods reading and
# writing them, default arguments and keyword arguments on methods.


class Counter:
    step: int

    def __init__(self, start: int = 0, step: int = 1) -> None:
        self.value = start
        self.step = step
        self.history: list[int] = []

    def tick(self, times: int = 1) -> int:
        for _ in range(times):
            self.value += self.step
            self.history.append(self.value)
        return self.value

    def reset(self) -> None:
        self.value = 0
        self.history = []


c = Counter()
print(c.value, c.step, c.history)
print(c.tick(), c.tick(3), c.history)
d = Counter(10, step=-2)
print(d.tick(times=2), d.value, d.history)
d.reset()
print(d.value, d.history, len(d.history))
d.step = 5
print(d.tick(), c.tick())
e = Counter(step=7, start=1)
print(e.value, e.step)
