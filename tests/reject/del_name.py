def main() -> None:
    scratch = [1, 2, 3]
    print(len(scratch))
    del scratch


main()


# expect:
# del_name.py:4:9: error: deleting the variable "scratch" is not supported by pyuk: assign it another value, or let it go out of scope
