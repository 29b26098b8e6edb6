class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def expect(self, ch: str) -> None:
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise SyntaxError("expected " + ch)
        self.pos += 1

    def parse_pair(self) -> None:
        self.expect("(")
        self.expect(")")


class Loader:
    @staticmethod
    def load(text: str) -> None:
        Parser(text).parse_pair()


Loader.load("()")
print("first ok")
Loader.load("(]")
