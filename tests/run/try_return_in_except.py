def fetch(n: int) -> int:
    try:
        if n < 0:
            raise IndexError("negative")
        return n
    except IndexError:
        print("negative index")
        return 0
    finally:
        print("fetch finally", n)


print(fetch(4))
print(fetch(-4))
