from typing import Any


def twice(n: Any) -> int:
    return int(n) * 2
