def main() -> None:
    values = [1, 2, 3]
    if (n := len(values)) > 2:
        print(n)


main()


# expect:
# walrus.py:3:9: error: the assignment expression ":=" is not supported by pyuk: assign the variable in a statement of its own
