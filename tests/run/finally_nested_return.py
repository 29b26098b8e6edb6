def deep(n: int) -> int:
    try:
        try:
            try:
                if n > 0:
                    return n * 2
                raise ValueError("zero")
            finally:
                print("level 3")
        finally:
            print("level 2")
    except ValueError:
        print("handled")
        return -1
    finally:
        print("level 1")


print(deep(5))
print(deep(0))
