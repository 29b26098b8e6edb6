def main() -> None:
    values = [1, 2, 3]
    first, *rest = values
    print(first, rest)


main()


# expect:
# star_assignment.py:3:12: error: a starred assignment target is not supported by pyuk: index the sequence, or slice it
