TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text: str) -> list[str]:
    cleaned = "".join(c.lower() if c.isalnum() else " " for c in text)
    return cleaned.split()


def main() -> None:
    ws = words(TEXT)
    counts: dict[str, int] = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(f"{'word':<12}{'n':>4}{'share':>9}")
    print("-" * 25)
    for w, n in ranked[:8]:
        print(f"{w:<12}{n:>4}{n / total:>9.2%}")
    print(f"{'total':<12}{total:>4}{1:>9.1%}")
    print(f"{len(counts)} distinct, longest={max(counts, key=len)!r}, first={min(counts)!r}")
    by_len: dict[int, list[str]] = {}
    for w in sorted(counts):
        by_len.setdefault(len(w), []).append(w)
    for n in sorted(by_len, reverse=True):
        print(f"{n:2d}: {', '.join(by_len[n])}")
    initials = {w[0] for w in ws}
    print(sorted(initials), len(initials), "".join(sorted(initials)))
    print({k: v for k, v in counts.items() if v > 4})
    print(list(counts)[:5], list(counts.values())[:5], list(counts.keys())[-3:])
    print(f"{total:,} {total:_b} {1234567.891:,.2f} {-1234567:+,} {0.000123:e} {123.0:g} {1e20:g} {1e-5:g}")
    print(f"{3.14159:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f} {1/3:.15g} {2/3:10.4}|{1e100:.3e}|{12345.6789:.3g}")
    print(f"{'x':*^9}|{42:=+8}|{-42:08}|{3.5:<8}|{True:>6}|{None!s:>6}|{'abc'!r:^9}|")


if __name__ == "__main__":
    main()
