def repeat(s: str, n: int) -> str:
    return s * n


print(len(repeat("ab", 1000)))
print(len(repeat("ab", 4611686018427387904)))
