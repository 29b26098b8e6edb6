a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "date", "fig"]
words.sort()
print(words)


def by_len(s: str) -> int:
    return len(s)


words.sort(key=by_len)
print(words)
words.sort(key=by_len, reverse=True)
print(words)
f = [3.5, -1.0, 2.25, 0.0, -0.5]
f.sort()
print(f)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted([3, 1, 2]), sorted(["b", "a"], reverse=True))
print(sorted(words, key=len))
big = [(i * 7919) % 1000 for i in range(2000)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
