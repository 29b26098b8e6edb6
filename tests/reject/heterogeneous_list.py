def main() -> None:
    row = [1, "one", 1.0]
    print(row)


main()


# expect:
# heterogeneous_list.py:2:11: error: a list of items of different types (inferred as "list[object]") is not supported by pyuk: declare its type, as in "x: list[int | str] = ..."
