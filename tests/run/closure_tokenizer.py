"""A tokenizer driven by callbacks: one handler per token kind."""
from collections.abc import Callable

Handler = Callable[[str, int], None]


class Tokenizer:
    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.errors = 0

    def on(self, kind: str, handler: Handler) -> None:
        self.handlers[kind] = handler

    def emit(self, kind: str, text: str, pos: int) -> None:
        handler = self.handlers.get(kind)
        if handler is not None:
            handler(text, pos)

    def run(self, source: str) -> None:
        i = 0
        n = len(source)
        while i < n:
            ch = source[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                start = i
                while i < n and source[i].isdigit():
                    i += 1
                self.emit("number", source[start:i], start)
            elif ch.isalpha() or ch == "_":
                start = i
                while i < n and (source[i].isalnum() or source[i] == "_"):
                    i += 1
                self.emit("name", source[start:i], start)
            elif ch in "+-*/()=":
                self.emit("op", ch, i)
                i += 1
            else:
                self.errors += 1
                self.emit("error", ch, i)
                i += 1


def main() -> None:
    tokens: list[str] = []
    numbers: list[int] = []
    depth = 0
    max_depth = 0

    def on_op(text: str, pos: int) -> None:
        nonlocal depth, max_depth
        if text == "(":
            depth += 1
            max_depth = max(max_depth, depth)
        elif text == ")":
            depth -= 1
        tokens.append(f"op:{text}")

    t = Tokenizer()
    t.on("number", lambda text, pos: numbers.append(int(text)))
    t.on("name", lambda text, pos: tokens.append(f"name:{text}@{pos}"))
    t.on("op", on_op)
    t.on("error", lambda text, pos: print(f"bad character {text!r} at {pos}"))
    t.run("total = (price_1 + 42) * (3 - (x / 7)) $ 19")
    print(tokens)
    print(numbers, sum(numbers))
    print("depth", depth, "max", max_depth, "errors", t.errors)


main()
