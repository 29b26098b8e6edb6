"""The string module's constants, as module attributes and imported names."""

import string
from string import ascii_lowercase, digits


def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if ch in ascii_lowercase:
            out.append(ascii_lowercase[(ascii_lowercase.index(ch) + shift) % 26])
        elif ch in string.ascii_uppercase:
            out.append(string.ascii_uppercase[(string.ascii_uppercase.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)


def main() -> None:
    print(caesar("Hello, World!", 3), caesar(caesar("abcXYZ", 5), 21))
    print(repr(string.whitespace), string.punctuation, len(string.printable))
    print(string.hexdigits, string.octdigits, digits, string.ascii_letters)
    print(sum(1 for c in "a1b2c3" if c in digits))


if __name__ == "__main__":
    main()
