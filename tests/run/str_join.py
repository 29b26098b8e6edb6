words = ["alpha", "beta", "gamma", "δέλτα"]
print(", ".join(words))
print("".join(words))
print("-".join([]))
print("+".join(["only"]))
print(" | ".join(w.upper() for w in words))
print("".join([c for c in "hello" if c != "l"]))
print("/".join(("usr", "local", "bin")))
print("😀".join(["a", "b", "c"]))
parts = "a b c d".split()
print("_".join(parts), "".join(reversed(parts)))
sep = ", "
print(sep.join([str(i) for i in range(10)]))
print("\n".join(["line one", "line two"]))
