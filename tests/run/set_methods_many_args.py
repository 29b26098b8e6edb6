# Set methods take any number of iterables (only the first was used), and
# typeshed types the others of intersection/difference/... as Iterable[Any],
# so a display argument is a set of boxed numbers: its keys were stored raw
# into a set[int] ({1, 2}.intersection({1, 2}) printed two addresses).


def main() -> None:
    t = {1, 2}
    t.update([3], {4}, range(7, 9))
    print(t)
    t.difference_update({1}, [8])
    print(t)
    t.intersection_update({2, 3, 4, 5, 7}, [3, 4, 7, 9])
    print(t)
    t.symmetric_difference_update({4, 6})
    print(t, t.union(), t.union([1], {10, 11}, (x * 2 for x in range(3))))
    a = {1, 2, 3, 4, 5, 6}
    print(a.intersection({2, 3, 4, 9}, [4, 3, 8]), a.intersection(), a.difference([1], {2, 3}))
    print(a.difference(), a.intersection({1, 2}))
    a.update()
    a.intersection_update()
    a.difference_update()
    print(a, a.intersection({1, 2}, {2, 3}, {2}), a.union({-1}, {-2}) - a)
    print(a.symmetric_difference({3, 4, 70}), a.isdisjoint({7}), a.issuperset({1}))
    f = {0.5, 1.0, 2.0}
    print(f.intersection({1.0, 2.5}), f.difference({2.0}), sorted(f.union({3.5})))
    w = set("mississippi")
    print(sorted(w.intersection("sip", "ps")), sorted(w.union("ab", "bc")))
    print(sorted(w.difference("m", "p")), sorted(w.intersection({"s", "i", 1})))
    empty: set[int] = set()
    print(empty.intersection({1}, {2}), empty.union({3}, [4]), {7}.difference(), {9}.union())


if __name__ == "__main__":
    main()
