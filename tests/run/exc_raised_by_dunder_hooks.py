class Broken:
    def __init__(self, label: str) -> None:
        if label == "":
            raise ValueError("empty label")
        self.label = label

    def __str__(self) -> str:
        raise RuntimeError("cannot render " + self.label)

    def __repr__(self) -> str:
        return "Broken(" + self.label + ")"


def show(b: Broken) -> None:
    print("before")
    print(b)
    print("after")


items = [Broken("a"), Broken("b")]
print(items)
try:
    show(items[0])
except RuntimeError as e:
    print("caught:", e)
try:
    Broken("")
except ValueError as e:
    print("caught:", e)
text = str(items[1])
