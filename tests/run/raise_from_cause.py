def find(key: int) -> int:
    if key > 10:
        raise KeyError(key)
    return key * 2


def resolve(key: int) -> int:
    try:
        return find(key)
    except KeyError as e:
        raise RuntimeError("cannot resolve the key") from e


print(resolve(3))
resolve(11)
