def step(n: int) -> int:
    if n == 1:
        return 10 // (n - 1)
    if n == 2:
        raise KeyError("two")
    if n == 3:
        raise IndexError("three")
    return n


total = 0
for i in range(5):
    try:
        total += step(i)
        print("step", i, "ok")
    except (ZeroDivisionError, KeyError) as e:
        print("step", i, "recovered")
    except (IndexError,):
        print("step", i, "index")
print("total", total)
