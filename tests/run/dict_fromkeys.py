"""dict.fromkeys(keys, value): keys in order, duplicates once, one shared value."""

def main() -> None:
    print(dict.fromkeys(["a", "b", "a"], 0), dict.fromkeys("xyz", ""), dict.fromkeys(range(3), 1.5))
    groups: dict[str, list[int]] = dict.fromkeys(["p", "q"], [])
    groups["p"].append(1)
    print(groups)
    counts = dict.fromkeys(sorted({"b", "a"}), 0)
    for w in ["a", "b", "a"]:
        counts[w] += 1
    print(counts)


if __name__ == "__main__":
    main()
