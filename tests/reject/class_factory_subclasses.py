class Shape:
    def __init__(self, size: int) -> None:
        self.size = size

    @classmethod
    def unit(cls) -> "Shape":
        return cls(1)


class Labelled(Shape):
    def __init__(self, size: int, label: str = "x") -> None:
        super().__init__(size)
        self.label = label


print(Labelled.unit().size)


# expect:
# class_factory_subclasses.py:7:16: error: "Labelled" takes other constructor arguments than "Shape": creating it through a class object is not supported by pyuk
