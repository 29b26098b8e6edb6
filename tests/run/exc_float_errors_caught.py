def to_int(x: float) -> int:
    try:
        return int(x)
    except ValueError:
        print("ValueError for", x)
        return 0
    except OverflowError:
        print("OverflowError for", x)
        return -1


print(to_int(2.5))
inf = 1e308 * 10.0
print(to_int(inf))
print(to_int(inf - inf))
try:
    print(1 << -1)
except ValueError:
    print("negative shift")
try:
    for i in range(0, 10, 0):
        print(i)
except ValueError:
    print("range step zero")
