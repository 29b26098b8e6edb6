"""A generic Result type for error handling without exceptions."""
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Result(Generic[T]):
    def __init__(self, value: T | None, error: str) -> None:
        self.value = value
        self.error = error

    def ok(self) -> bool:
        return self.error == ""

    def unwrap_or(self, default: T) -> T:
        return self.value if self.value is not None and self.ok() else default

    def describe(self) -> str:
        return f"ok({self.value!r})" if self.ok() else f"error({self.error})"


def success(value: T) -> Result[T]:
    return Result(value, "")


def failure(message: str, witness: T) -> Result[T]:
    # the witness only fixes T for mypy; it is not stored
    return Result(None, message)


def parse_int(text: str) -> Result[int]:
    stripped = text.strip()
    if stripped.lstrip("-").isdigit():
        return success(int(stripped))
    return failure(f"not a number: {text!r}", 0)


def parse_all(items: list[str], parse: Callable[[str], Result[int]]) -> Result[list[int]]:
    out: list[int] = []
    for item in items:
        r = parse(item)
        if not r.ok():
            return failure(r.error, out)
        out.append(r.unwrap_or(0))
    return success(out)


def main() -> None:
    for text in ["12", " -7 ", "x1", ""]:
        r = parse_int(text)
        print(r.describe(), r.unwrap_or(-1))
    print(parse_all(["1", "2", "3"], parse_int).describe())
    print(parse_all(["1", "two"], parse_int).describe())
    words = success("hello")
    print(words.describe(), words.unwrap_or("?").upper(), failure("nope", 1.5).unwrap_or(2.5))


main()
