from typing import Protocol


class HasLength(Protocol):
    def __len__(self) -> int: ...


def size(x: HasLength) -> int:
    return len(x)


print(size("abc"))


# expect:
# protocol_builtin_value.py:12:12: error: a value of type "str" where the protocol "protocol_builtin_value.HasLength" is expected is not supported by pyuk: only instances of the program's classes can be used through protocols
