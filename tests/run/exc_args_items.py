class ParseError(Exception):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(msg, pos)
        self.pos = pos


def main() -> None:
    try:
        raise ParseError("bad token", 7)
    except ParseError as err:
        msg, pos = err.args
        print(msg, pos, err.args[0], err.args[-1], len(err.args), err.args == ("bad token", 7))
        first = err.args[0]
        if isinstance(first, str):
            print(first.upper())
        for a in err.args:
            print(type(a).__name__, a)
        print(str(err.args[1]) + "!", err.args[:1])
    try:
        int("zz")
    except ValueError as e:
        text = e.args[0]
        assert isinstance(text, str)
        print(text.split(":")[0], repr(text))
    e2 = KeyError("k")
    print(e2.args, e2.args[0] == "k")


if __name__ == "__main__":
    main()
