def risky(n: int) -> int:
    if n > 1:
        raise ValueError("too big")
    return n


def attempt(n: int) -> None:
    try:
        try:
            risky(n)
            print("risky ok")
        except ValueError:
            print("handling ValueError")
            raise KeyError("secondary")
    except KeyError:
        print("outer caught the KeyError")
    print("attempt", n, "finished")


attempt(0)
attempt(5)
