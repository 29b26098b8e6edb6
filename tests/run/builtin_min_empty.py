xs: list[int] = []
print(max(xs, default=0))
print(min(xs))
