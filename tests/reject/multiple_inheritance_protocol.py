from typing import Protocol


class Sized(Protocol):
    def size(self) -> int: ...


class Named(Protocol):
    def name(self) -> str: ...


class Base:
    def name(self) -> str:
        return "base"


class Ok(Base, Sized):
    def size(self) -> int:
        return 1


class Other:
    pass


class NotOk(Base, Other, Named):
    pass


print(Ok().size())


# expect:
# multiple_inheritance_protocol.py:26:1: error: multiple inheritance (class "NotOk" derives from "Base", "Other") is not supported by pyuk: derive from one class; the others can be Protocols or fields
