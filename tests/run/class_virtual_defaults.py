# Overrides that keep the same literal default can be called through the
# base class without the argument; keyword arguments reach the override.


class Formatter:
    def render(self, value: int, width: int = 6, fill: str = " ") -> str:
        return str(value).rjust(width, fill)


class Hex(Formatter):
    def render(self, value: int, width: int = 6, fill: str = " ") -> str:
        return hex(value).rjust(width, fill)


class Stars(Formatter):
    def render(self, value: int, width: int = 6, fill: str = " ") -> str:
        return ("*" * value).ljust(width, fill)


fs: list[Formatter] = [Formatter(), Hex(), Stars()]
for f in fs:
    print("[" + f.render(5) + "]", "[" + f.render(12, fill=".") + "]",
          "[" + f.render(3, 4, "_") + "]", "[" + f.render(width=2, value=1) + "]")
