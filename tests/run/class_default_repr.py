# The default repr of an instance is <module.Name object at 0x...>; the
# address differs from CPython's, so only its shape is printed.


class Plain:
    pass


class Child(Plain):
    def __init__(self) -> None:
        self.x = 1


def shape(text: str) -> str:
    at = text.find(" object at 0x")
    return text[:at] + " object at ADDR>" if at > 0 and text.endswith(">") else text


p = Plain()
print(shape(repr(p)), shape(str(p)), shape(repr(Child())))
print(repr(p) == repr(p), repr(p) == repr(Plain()))
print([shape(repr(x)) for x in [Plain(), Child()]])
