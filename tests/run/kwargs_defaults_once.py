LIMIT = 10


def clamp(x: int, limit: int = LIMIT * 2) -> int:
    return min(x, limit)


def append_to(item: int, bucket: list[int] = []) -> list[int]:
    # the default list is made once, when the def runs, and shared
    bucket.append(item)
    return bucket


def counter(key: str, counts: dict[str, int] = {}) -> int:
    counts[key] = counts.get(key, 0) + 1
    return counts[key]


LIMIT = 1000


def main() -> None:
    print(clamp(15), clamp(500), clamp(500, 50))
    print(append_to(1))
    print(append_to(2))
    mine: list[int] = []
    print(append_to(3, mine), mine)
    print(append_to(4))
    print(counter("a"), counter("b"), counter("a"), counter("a"))

    def make(prefix: str = "#" * 3, seen: list[str] = []) -> str:
        seen.append(prefix)
        return "".join(seen)

    print(make(), make(), make("!"))
    first: list[list[int]] = []
    for n in range(3):

        # a new function, with new defaults, each time the def runs
        def remember(v: int = n * n, log: list[int] = []) -> list[int]:
            log.append(v)
            return log

        first.append(remember())
        print(remember(), remember(-1))
    print(first)


main()
