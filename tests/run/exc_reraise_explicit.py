def parse(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    return n


def load(n: int) -> int:
    try:
        return parse(n)
    except ValueError as e:
        print("re-raising the same object")
        raise e


load(3)
load(-3)
