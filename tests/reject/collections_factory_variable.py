from collections import defaultdict
from typing import Callable


def build(make: Callable[[], int]) -> defaultdict[str, int]:
    return defaultdict(make)


print(build(lambda: 1)["x"])


# expect:
# collections_factory_variable.py:6:24: error: a defaultdict factory must be int, float, bool, str, list, dict, set, a class, a lambda or a function named here in pyuk
