# Classmethod factories and type[C] parameters create the class they are
# given, subclasses included: cls(...) builds the object's own class.
from dataclasses import dataclass


class Message:
    code = 0

    def __init__(self, payload: list[int]) -> None:
        self.payload = payload

    @classmethod
    def parse(cls, data: list[int]) -> "Message":
        return cls(data[1:])

    @classmethod
    def empty(cls) -> "Message":
        return cls([])

    def describe(self) -> str:
        return f"{type(self).__name__}({self.code}, {len(self.payload)} bytes)"


class Hello(Message):
    code = 1


class Data(Message):
    code = 2

    def describe(self) -> str:
        return "data " + str(sum(self.payload))


def build(kind: type[Message], payload: list[int]) -> Message:
    return kind(payload)


@dataclass
class Point:
    x: int = 0
    y: int = 0

    @classmethod
    def origin(cls) -> "Point":
        return cls()


@dataclass
class Point3(Point):
    pass


msgs = [Message.parse([0, 1, 2]), Hello.parse([1, 5]), Data.parse([2, 3, 4, 5]), Data.empty()]
for m in msgs:
    print(m.describe(), type(m).__name__, m.code)
kinds: list[type[Message]] = [Hello, Data, Message]
print([build(k, [7, 8]).describe() for k in kinds])
print(Point.origin(), Point3.origin(), Point3(1, 2))
