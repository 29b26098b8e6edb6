"""Tokenizer: scan a generated program text character by character into
tokens (names, keywords, numbers, strings, operators, comments), then
summarise them.

Needs: str indexing, slicing, `in` on str, isalpha/isdigit/isspace,
str concatenation and join, classes, list[Token], dict[str, int], set[str],
int(), f-strings.
"""

REPEAT = 400
PASSES = 50

KEYWORDS = {"def", "return", "if", "else", "while", "for", "in", "and", "or", "not"}
OPERATORS2 = {"==", "!=", "<=", ">=", "->", "**", "//", "+=", "-="}
OPERATORS1 = "+-*/%<>=()[]{}:,."

NAME = "name"
KEYWORD = "keyword"
NUMBER = "number"
STRING = "string"
OP = "op"
COMMENT = "comment"
NEWLINE = "newline"


class Token:
    kind: str
    text: str
    line: int

    def __init__(self, kind: str, text: str, line: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line


def is_name_start(c: str) -> bool:
    return c.isalpha() or c == "_"


def is_name_char(c: str) -> bool:
    return c.isalpha() or c.isdigit() or c == "_"


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    n = len(src)
    line = 1
    while i < n:
        c = src[i]
        if c == "\n":
            tokens.append(Token(NEWLINE, "\n", line))
            line += 1
            i += 1
        elif c == " " or c == "\t":
            i += 1
        elif c == "#":
            start = i
            while i < n and src[i] != "\n":
                i += 1
            tokens.append(Token(COMMENT, src[start:i], line))
        elif is_name_start(c):
            start = i
            while i < n and is_name_char(src[i]):
                i += 1
            word = src[start:i]
            tokens.append(Token(KEYWORD if word in KEYWORDS else NAME, word, line))
        elif c.isdigit():
            start = i
            while i < n and src[i].isdigit():
                i += 1
            tokens.append(Token(NUMBER, src[start:i], line))
        elif c == '"' or c == "'":
            start = i
            i += 1
            while i < n and src[i] != c:
                if src[i] == "\\":
                    i += 1
                i += 1
            i += 1
            tokens.append(Token(STRING, src[start:i], line))
        elif src[i:i + 2] in OPERATORS2:
            tokens.append(Token(OP, src[i:i + 2], line))
            i += 2
        elif c in OPERATORS1:
            tokens.append(Token(OP, c, line))
            i += 1
        else:
            raise ValueError(f"unexpected character {c!r} on line {line}")
    return tokens


FUNCTION = """def area_{k}(width: int, height: int) -> int:
    # the area of rectangle number {k}
    total = 0
    for i in range(width):
        if i % 3 == 0 and height != {k}:
            total += height * 2 + {k}
        else:
            total -= i // 7
    label = "rect\\"{k}" + 'x'
    return total ** 2
"""


def make_source(repeat: int) -> str:
    parts: list[str] = []
    for k in range(repeat):
        parts.append(FUNCTION.replace("{k}", str(k)))
    return "\n".join(parts)


def main() -> None:
    src = make_source(REPEAT)
    total_tokens = 0
    counts: dict[str, int] = {}
    names: set[str] = set()
    number_sum = 0
    lines = 0
    for _ in range(PASSES):
        tokens = tokenize(src)
        total_tokens += len(tokens)
        for t in tokens:
            counts[t.kind] = counts.get(t.kind, 0) + 1
            if t.kind == NAME:
                names.add(t.text)
            elif t.kind == NUMBER:
                number_sum += int(t.text)
        lines = tokens[-1].line
    print(f"{len(src)} characters, {lines} lines, {total_tokens} tokens")
    for kind in sorted(counts):
        print(f"{kind:>8}: {counts[kind]}")
    print(f"{len(names)} distinct names, numbers sum to {number_sum}")


if __name__ == "__main__":
    main()
