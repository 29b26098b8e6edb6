def main() -> None:
    import sys

    print(sys.maxsize > 0)


main()


# expect:
# import_in_function.py:2:5: error: an import inside a function is not supported by pyuk: import at the top of the module
