class Failure(Exception):
    def __init__(self, n: int) -> None:
        super().__init__("failure", n)
        self.n = n


def work(n: int) -> int:
    if n % 3 == 0:
        raise Failure(n)
    if n % 3 == 1:
        raise KeyError(n)
    return n


def run(count: int) -> tuple[int, int, int]:
    failures = 0
    keys = 0
    ok = 0
    for i in range(count):
        try:
            try:
                ok += work(i) % 2
            finally:
                pass
        except Failure as f:
            failures += f.n % 2
        except KeyError:
            keys += 1
    return failures, keys, ok


print(run(150000))
