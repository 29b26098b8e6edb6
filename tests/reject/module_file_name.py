def main() -> None:
    print("running", __name__, "from", __file__)


main()


# expect:
# module_file_name.py:2:40: error: "__file__" is not supported by pyuk: a compiled program has no source file at run time
