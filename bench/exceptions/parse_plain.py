"""Exception cost, baseline: parse records (field lookups in a dict and
list indexing, both of which can raise) without try (twin of parse_try.py)."""

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
            total += score(record, table)
    return total


print(run(make_records(20000), [w * 3 + 1 for w in range(13)]))
