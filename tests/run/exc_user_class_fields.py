class ParseError(ValueError):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(msg)
        self.pos = pos


class EmptyInput(ParseError):
    pass


def parse(text: str, pos: int) -> int:
    if pos < 0:
        raise EmptyInput("nothing to parse", 0)
    if pos > 3:
        raise ParseError("unexpected character", pos)
    return pos


for p in range(-1, 6, 2):
    try:
        print("parsed", parse("abc", p))
    except EmptyInput as e:
        print("empty:", e, e.pos, e.args)
    except ParseError as e:
        print("parse error:", e, "at", e.pos, repr(e))
    except ValueError:
        print("not reached")
try:
    parse("x", 9)
except ValueError as e:
    print("caught as ValueError:", e)
    print(isinstance(e, ParseError), isinstance(e, EmptyInput))
parse("abc", 7)
