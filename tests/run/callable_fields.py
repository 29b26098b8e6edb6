from collections.abc import Callable


class Button:
    def __init__(self, label: str, on_click: Callable[[str], None]) -> None:
        self.label = label
        self.on_click = on_click
        self.clicks = 0

    def click(self) -> None:
        self.clicks += 1
        self.on_click(self.label)


class Validator:
    def __init__(self, name: str, check: Callable[[int], bool]) -> None:
        self.name = name
        self.check = check

    def run(self, values: list[int]) -> list[int]:
        return [v for v in values if not self.check(v)]


def announce(label: str) -> None:
    print("pressed", label)


def main() -> None:
    ok = Button("ok", announce)
    ok.click()
    ok.click()
    seen: list[str] = []
    cancel = Button("cancel", lambda s: seen.append(s.upper()))
    cancel.click()
    print(ok.clicks, cancel.clicks, seen)
    ok.on_click = lambda s: print("replaced handler for", s)
    ok.click()
    rules = [
        Validator("positive", lambda v: v > 0),
        Validator("even", lambda v: v % 2 == 0),
        Validator("small", lambda v: abs(v) < 100),
    ]
    data = [4, -3, 250, 8, 0, 7]
    for rule in rules:
        print(rule.name, rule.run(data))


main()
