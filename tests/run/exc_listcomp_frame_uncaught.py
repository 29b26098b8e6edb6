def parse(parts: list[str]) -> list[int]:
    return [int(p) for p in parts if p]


def first_bad(rows: list[list[int]]) -> list[int]:
    return [100 // x for row in rows for x in row if x != 1]


def bad_source() -> list[int]:
    raise LookupError("source failed")


def via_source() -> list[int]:
    return [x * 2 for x in bad_source()]


def lengths(words: list[str]) -> set[int]:
    return {len(w) // (len(w) - 3) for w in words}


def joined(parts: list[str]) -> str:
    return ",".join(str(100 // int(p)) for p in parts)


def checks(values: list[int]) -> bool:
    return any(
        v // (v - 5) > 2
        for v in values
    )


def index_of(table: dict[str, int], names: list[str]) -> dict[str, int]:
    return {
        name: table[name]
        for name in names
    }



parse(["1", "", "x"])
