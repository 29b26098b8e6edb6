def main() -> None:
    a = [1, 2]
    b = [*a, 3]
    print(b)


main()


# expect:
# star_display.py:3:10: error: unpacking with "*" in a display is not supported by pyuk: build the container with + or extend()
