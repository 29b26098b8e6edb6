def main() -> None:
    record = {"id": 7, "name": "seven"}
    print(record)


main()


# expect:
# heterogeneous_dict.py:2:14: error: a dict of items of different types (inferred as "dict[str, object]") is not supported by pyuk: declare its type, as in "x: dict[str, int | str] = ..."
