# dataclasses.replace(): a new instance with some fields changed and the
# others copied; __post_init__ runs again; the original is unchanged.
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Settings:
    host: str
    port: int = 80
    secure: bool = False
    tags: tuple[str, ...] = ()


@dataclass
class Box:
    w: int
    h: int
    area: int = field(default=0)

    def __post_init__(self) -> None:
        self.area = self.w * self.h


base = Settings("example.org")
tls = replace(base, port=443, secure=True)
tagged = replace(tls, tags=("a", "b"))
print(base, tls, tagged, sep="\n")
print(base == replace(base), base is replace(base), replace(base, host="x").host)
b = Box(2, 3)
print(b, replace(b, h=10), b)
