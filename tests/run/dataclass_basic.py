# @dataclass: the generated __init__ (positional, keyword and default
# arguments), __repr__ with CPython's exact format, and __eq__.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Person:
    name: str
    age: int
    email: str = "none"
    active: bool = True
    score: float = 0.5


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), repr(p), str(p))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.x, p.y)
p.x += 10
print(p, [Point(0), Point(-1, -2)])
bob = Person("Bob", 42)
eve = Person("Eve", 37, email="eve@example.com", score=1e-7)
print(bob)
print(eve)
print(Person("O'Neil", 1, 'say "hi"', False, float("inf")))
print(bob == Person("Bob", 42), bob == eve, {"bob": bob})
