"""Exception cost: parse_plain.py with each record scored inside
try/except KeyError/IndexError; nothing is ever raised."""

ROUNDS = 1000


def make_records(n: int) -> list[dict[str, int]]:
    records = []
    for i in range(n):
        records.append({"id": i, "size": i % 97, "weight": (i * 7) % 13})
    return records


def score(record: dict[str, int], table: list[int]) -> int:
    return record["size"] * table[record["weight"]] + record["id"] % 5


def run(records: list[dict[str, int]], table: list[int]) -> int:
    total = 0
    for _ in range(ROUNDS):
        for record in records:
            try:
                total += score(record, table)
            except (KeyError, IndexError):
                total -= 1
    return total


print(run(make_records(20000), [w * 3 + 1 for w in range(13)]))
