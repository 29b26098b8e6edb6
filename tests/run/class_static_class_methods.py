# @staticmethod and @classmethod, called on the class, on instances, and
# from other methods.


class Temperature:
    SCALE = "C"

    def __init__(self, degrees: float) -> None:
        self.degrees = degrees

    @staticmethod
    def c_to_f(c: float) -> float:
        return c * 9.0 / 5.0 + 32.0

    @staticmethod
    def clamp(v: int, lo: int = 0, hi: int = 100) -> int:
        return max(lo, min(hi, v))

    @classmethod
    def freezing(cls) -> "Temperature":
        return cls(0.0)

    @classmethod
    def from_f(cls, f: float) -> "Temperature":
        return cls((f - 32.0) * 5.0 / 9.0)

    @classmethod
    def scale(cls) -> str:
        return cls.SCALE

    def fahrenheit(self) -> float:
        return Temperature.c_to_f(self.degrees)

    def clamped(self) -> int:
        return self.clamp(int(self.degrees), hi=30)


t = Temperature(25.0)
print(t.fahrenheit(), Temperature.c_to_f(100.0), t.c_to_f(-40.0))
print(Temperature.clamp(150), Temperature.clamp(-5), t.clamped(), Temperature(99.5).clamped())
print(Temperature.freezing().degrees, Temperature.from_f(212.0).degrees, t.from_f(50.0).degrees)
print(Temperature.scale(), t.scale())
