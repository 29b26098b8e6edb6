squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in squares if x % 2 == 0 if x > 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
words = ["Hello", "World", "py"]
print([w.upper() for w in words if len(w) > 2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
x = 100
print([x for x in range(3)], x)
