from dataclasses import dataclass, field


class Formatter:
    def __init__(self, *, width: int = 10, fill: str = ".", upper: bool = False) -> None:
        self.width = width
        self.fill = fill
        self.upper = upper

    def line(self, label: str, value: int, *, sign: bool = False, unit: str = "") -> str:
        text = label.upper() if self.upper else label
        number = f"{value:+d}" if sign else str(value)
        return text + self.fill * (self.width - len(text) - len(number)) + number + unit


@dataclass
class Report:
    title: str
    rows: list[tuple[str, int]] = field(default_factory=list)
    indent: int = 2

    def add(self, label: str, value: int = 0) -> "Report":
        self.rows.append((label, value))
        return self

    def render(self, fmt: Formatter, *, signs: bool = False) -> list[str]:
        pad = " " * self.indent
        return [self.title] + [pad + fmt.line(k, v, sign=signs) for k, v in self.rows]


def main() -> None:
    plain = Formatter()
    wide = Formatter(width=16, fill=" ", upper=True)
    print(plain.line("cpu", 42), plain.line("mem", -3, unit="MB"))
    print(wide.line("disk", 7, sign=True), wide.line(value=1, label="x", unit="%"))
    r = Report("usage").add("cpu", 42).add("idle").add(value=-5, label="delta")
    for line in r.render(plain):
        print(line)
    for line in Report("signed", indent=4).add("a", 1).render(wide, signs=True):
        print(line)
    print(Report("empty").rows, Report("x", [("k", 1)]).rows)


main()
