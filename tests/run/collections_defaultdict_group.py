"""Grouping, graphs and nested counters with collections.defaultdict."""
import collections
from collections import defaultdict


class Stats:
    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0


def group_by_length(words: list[str]) -> defaultdict[int, list[str]]:
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    return groups


def count(d: dict[str, int], keys: list[str]) -> None:
    """A defaultdict passed where a dict is expected keeps its factory."""
    for k in keys:
        d[k] += 1


def main() -> None:
    words = "apple bat cat dove eagle fig goat hen ibis jay".split()
    groups = group_by_length(words)
    print(groups)
    print(sorted(groups.items()), len(groups), 7 in groups, groups.get(7))
    print(groups[9], len(groups))
    edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "a"), ("d", "a")]
    adj: defaultdict[str, set[str]] = defaultdict(set)
    for u, v in edges:
        adj[u].add(v)
        adj[v]
    for node in sorted(adj):
        print(node, sorted(adj[node]))
    nested: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in ["x a", "x b", "y a", "x a"]:
        outer, inner = line.split()
        nested[outer][inner] += 1
    for key, per in nested.items():
        print(key, dict(per), per)
    counts: defaultdict[str, int] = defaultdict(int)
    count(counts, ["p", "q", "p"])
    print(counts, dict(counts) == {"p": 2, "q": 1}, counts == {"p": 2, "q": 1})
    floats: defaultdict[str, float] = defaultdict(float)
    floats["x"] += 1.5
    flags: defaultdict[int, bool] = defaultdict(bool)
    print(floats, flags[3], flags)
    names: collections.defaultdict[int, str] = collections.defaultdict(str)
    names[1] += "one"
    print(names)
    tables: defaultdict[str, dict[str, int]] = defaultdict(dict)
    tables["t"]["k"] = 1
    print(tables)
    stats: defaultdict[str, Stats] = defaultdict(Stats)
    for name, value in [("a", 1.0), ("b", 2.0), ("a", 3.0)]:
        s = stats[name]
        s.count += 1
        s.total += value
    for name in stats:
        print(name, stats[name].count, stats[name].total)
    none: defaultdict[str, int] = defaultdict(None, {"k": 1})
    print(none)
    try:
        print(none["missing"])
    except KeyError as e:
        print("KeyError", e)
    copy = counts.copy()
    copy["r"] += 5
    print(copy, counts, type(copy).__name__)
    print(counts.pop("p"), counts.setdefault("s", 9), counts)
    print(list(counts.keys()), list(counts.values()))
    plain: dict[str, int] = {}
    try:
        print(plain["nope"])
    except KeyError as e:
        print("plain KeyError", e)
    print(isinstance(counts, dict))
    # a function's repr holds its address, which differs from run to run
    print(repr(nested).split(" at ")[0], str(stats).split(" at ")[0])
    made: defaultdict[str, int] = defaultdict(zero)
    print(made["z"], repr(made).split(" at ")[0])


def zero() -> int:
    return 0


main()
