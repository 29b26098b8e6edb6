def convert(n: int) -> int:
    try:
        return 100 // n
    except ZeroDivisionError:
        raise ValueError("cannot convert zero") from None


print("converting")
print(convert(4))
convert(0)
