# super() through several levels: __init__ chains, methods extending the
# base's result, a property, and a classmethod that calls the base's.


class A:
    def __init__(self, log: list[str]) -> None:
        self.log = log
        log.append("A")

    def name(self) -> str:
        return "a"

    @property
    def tag(self) -> str:
        return "<" + self.name() + ">"

    @classmethod
    def make(cls, log: list[str]) -> "A":
        log.append("A.make")
        return A(log)


class B(A):
    def __init__(self, log: list[str]) -> None:
        super().__init__(log)
        log.append("B")

    def name(self) -> str:
        return "b" + super().name()


class C(B):
    def __init__(self, log: list[str], extra: int) -> None:
        log.append("C start")
        super().__init__(log)
        self.extra = extra
        log.append("C")

    def name(self) -> str:
        return "c" + super().name()

    @property
    def tag(self) -> str:
        return super().tag + "!"


log: list[str] = []
objs: list[A] = [A(log), B(log), C(log, 3)]
print(log)
print([o.name() for o in objs], [o.tag for o in objs])
log.clear()
made = A.make(log)
print(log, made.name())
