def main() -> None:
    print(all([]))


main()


# expect:
# empty_display_object.py:2:15: error: an empty list with no item type (inferred as "list[object]" from its context) is not supported by pyuk: give it a variable with a declared type, as in "x: list[int | str] = []"
