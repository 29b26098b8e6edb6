def a() -> int:
    try:
        return 1
    finally:
        return 2


def b() -> int:
    try:
        raise ValueError("lost")
    finally:
        return 3


def c() -> str:
    for i in range(3):
        try:
            if i == 1:
                raise KeyError("k")
        finally:
            if i == 1:
                return "returned in finally"
    return "end"


def d() -> int:
    x = 10
    try:
        return x
    finally:
        x = 20
        print("x changed to", x)


print(a())
print(b())
print(c())
print(d())
