from typing import Callable, NamedTuple, Union


class ParseError(Exception):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(msg, pos)
        self.pos = pos


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


def tokenize(s: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(Token("num", s[i:j], i))
            i = j
        elif c in "+-*/()":
            out.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"bad character {c!r}", i)
    out.append(Token("eof", "", len(s)))
    return out


class Num:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Num({self.v})"


class Bin:
    def __init__(self, op: str, l: "Expr", r: "Expr") -> None:
        self.op = op
        self.l = l
        self.r = r

    def __repr__(self) -> str:
        return f"Bin({self.op!r}, {self.l!r}, {self.r!r})"


Expr = Union[Num, Bin]

OPS: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
}


class Parser:
    def __init__(self, text: str) -> None:
        self.toks = tokenize(text)
        self.i = 0

    @property
    def cur(self) -> Token:
        return self.toks[self.i]

    def eat(self, kind: str, text: str = "") -> Token:
        t = self.cur
        if t.kind != kind or (text and t.text != text):
            raise ParseError(f"expected {text or kind}, got {t.text or t.kind!r}", t.pos)
        self.i += 1
        return t

    def expr(self) -> Expr:
        left = self.term()
        while self.cur.text in ("+", "-"):
            op = self.eat("op").text
            left = Bin(op, left, self.term())
        return left

    def term(self) -> Expr:
        left = self.atom()
        while self.cur.text in ("*", "/"):
            op = self.eat("op").text
            left = Bin(op, left, self.atom())
        return left

    def atom(self) -> Expr:
        if self.cur.kind == "num":
            return Num(int(self.eat("num").text))
        self.eat("op", "(")
        e = self.expr()
        self.eat("op", ")")
        return e


def evaluate(e: Expr) -> int:
    if isinstance(e, Num):
        return e.v
    return OPS[e.op](evaluate(e.l), evaluate(e.r))


def run(src: str) -> None:
    try:
        p = Parser(src)
        tree = p.expr()
        p.eat("eof")
        print(src, "=", evaluate(tree), tree)
    except ParseError as err:
        msg = str(err.args[0])
        print(f"error at {err.pos}: {msg}", "|", src[: err.pos] + "^")
    except ZeroDivisionError as z:
        print("math:", z)


def main() -> None:
    for s in ["1 + 2 * 3", "(1+2)*3", "8/(3-3)", "2 * (3 + ", "4 $ 4", "10 - 2 - 3", ")"]:
        run(s)
    toks = tokenize("12+3")
    print(toks)
    print(sorted(toks, key=lambda t: (t.kind, -t.pos)))
    print(toks[0]._replace(text="99"), toks[0].kind, toks[0][1], len(toks[0]))
    k, t, p = toks[1]
    print(k, t, p, toks[1] == ("op", "+", 2), toks[0] < toks[1])
    evaluate(Parser("1/0").expr())


if __name__ == "__main__":
    main()
