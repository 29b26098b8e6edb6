class Counter:
    count: int = 0

    @classmethod
    def bump(cls) -> None:
        cls.count += 1
        Counter.count += 1


class Other:
    def touch(self) -> None:
        Counter.count = 5


Counter.bump()
print(Counter.count)


# expect:
# monkeypatch_class_inside.py:12:9: error: assigning an attribute of class "Counter" from outside the class is not supported by pyuk: give the class a classmethod that does it
