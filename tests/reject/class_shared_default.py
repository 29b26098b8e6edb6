class Basket:
    items: list[str] = []

    def add(self, item: str) -> None:
        self.items = self.items + [item]


b = Basket()
b.add("x")
print(b.items)


# expect:
# class_shared_default.py:2:24: error: the class-level default of "items" is shared by every instance in CPython; pyuk supports only literals there: set it in __init__
