from typing import Iterator


class Countdown:
    def __init__(self, n: int) -> None:
        self.items = list(range(n, 0, -1))

    def __iter__(self) -> Iterator[int]:
        return reversed(self.items)


for x in Countdown(3):
    print(x)


# expect:
# class_iter_body.py:9:16: error: calling "builtins.reversed" is not supported by pyuk yet
# class_iter_body.py:12:10: error: iterating over "Countdown" needs an __iter__ that returns iter(self.<field>) in pyuk
