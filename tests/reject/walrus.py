def main() -> None:
    values = [1, 2, 3]
    if (n := len(values)) > 2:  # supported
        print(n)


main()
# at module level, mypy makes a comprehension's := target local to the
# module's code where CPython makes it a global
print([(last := v * 2) for v in range(3)])


# expect:
# walrus.py:10:9: error: an assignment expression in a comprehension at module level is not supported by pyuk: assign the name in a statement
