# Classmethods overridden in subclasses: called on the class, on an
# instance, through cls in another classmethod and through type[C] values,
# each reaches the override of the class at hand.


class Codec:
    @classmethod
    def name(cls) -> str:
        return "raw"

    @classmethod
    def header(cls) -> str:
        return "[" + cls.name() + "]"

    @classmethod
    def encode(cls, data: list[int]) -> list[int]:
        return data

    def describe(self) -> str:
        return self.header() + " " + str(self.encode([1, 2, 3]))


class Doubler(Codec):
    @classmethod
    def name(cls) -> str:
        return "double"

    @classmethod
    def encode(cls, data: list[int]) -> list[int]:
        return [2 * x for x in data]


class Shouty(Doubler):
    @classmethod
    def name(cls) -> str:
        return super().name().upper()


def run(kind: type[Codec]) -> str:
    return kind.header() + str(kind.encode([5]))


codecs: list[Codec] = [Codec(), Doubler(), Shouty()]
for c in codecs:
    print(c.describe(), c.name())
print(Codec.header(), Doubler.header(), Shouty.header(), Shouty.encode([4]))
print([run(k) for k in [Codec, Doubler, Shouty]])
