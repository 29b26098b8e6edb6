"""The random module with CPython's generator: seeded draws (random, randint,
randrange, getrandbits, choice, shuffle, uniform) equal CPython's, errors too."""

import random
from random import randint, shuffle


def main() -> None:
    random.seed(42)
    print([random.random() for _ in range(3)])
    print([randint(1, 6) for _ in range(10)], random.randrange(10), random.randrange(5, 50, 5))
    print(random.randrange(-10, 10), random.randrange(100, 0, -7), random.getrandbits(10), random.getrandbits(40))
    xs = list(range(10))
    shuffle(xs)
    print(xs, random.choice(xs), random.choice("abcdef"), random.choice((1.5, 2.5)))
    print(f"{random.uniform(1.0, 3.0):.12f}", random.uniform(-1, 1))
    for s in [0, 1, -1, 123456789, 2**40 + 7, -(2**62)]:
        random.seed(s)
        print(s, random.random(), random.randint(0, 10**12), random.getrandbits(63))
    random.seed(7)
    counts = [0] * 6
    for _ in range(6000):
        counts[random.randint(1, 6) - 1] += 1
    print(counts)
    for bad in [(5, 5), (10, 1)]:
        try:
            print(random.randrange(bad[0], bad[1]))
        except ValueError as e:
            print("ValueError", e)
    try:
        random.choice([])
    except IndexError as e:
        print("IndexError", e)
    try:
        random.randrange(0)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.randrange(1, 10, 0)
    except ValueError as e:
        print("ValueError", e)
    random.seed()
    v = random.random()
    print(0.0 <= v < 1.0)


if __name__ == "__main__":
    main()
