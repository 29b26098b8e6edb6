from typing import NewType

UserId = NewType("UserId", int)


def show(u: UserId) -> None:
    print(u)


show(UserId(5))


# expect:
# newtype.py:3:10: error: NewType is not supported by pyuk: use the base type, or a class
