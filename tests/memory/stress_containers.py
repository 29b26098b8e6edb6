"""Allocation churn: millions of short-lived strings, lists and dicts with a
small live set (the issue's memory acceptance test).  Prints a checksum
that CPython computes identically, and the collector's figures on stderr
when compiled."""

import sys

from pyuk.gc import stats


def churn(rounds: int) -> int:
    keep: list[dict[str, list[int]]] = []
    total = 0
    for r in range(rounds):
        d: dict[str, list[int]] = {}
        for i in range(6):
            key = "key-" + str(i) + "-" + str(r)
            items = [i, r, i + r] * 4
            d[key] = items
            total += len(key) + len(items)
        words = [str(r % 97)] * 8
        total += len("".join(words)) + len(d)
        if r % 5000 == 0:
            keep.append(d)
            if len(keep) > 20:
                keep.pop(0)
    return total + len(keep)


ROUNDS = 1200000
rounds = ROUNDS
print(churn(rounds))
figures = stats()
for name in ("bytes_allocated", "collections", "heap_high_water", "heap_extent_high_water",
             "heap_capacity", "live_bytes", "pause_max_ns"):
    if name in figures:
        print(name, figures[name], file=sys.stderr)
