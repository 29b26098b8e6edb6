import _helper_bad


def main() -> None:
    print(eval("2"), _helper_bad.twice(2))


main()


# expect:
# {dir}/_helper_bad.py:4:14: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
# multi_file.py:5:11: error: "eval" is not supported by pyuk: the program is compiled ahead of time and cannot run code from a string
