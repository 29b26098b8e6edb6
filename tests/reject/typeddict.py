from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "Alien", "year": 1979}
print(m["title"])


# expect:
# typeddict.py:4:1: error: TypedDict is not supported by pyuk: use a class or a dataclass
