def main() -> None:
    exec("print(42)")


main()


# expect:
# exec_call.py:2:5: error: "exec" is not supported by pyuk: the program is compiled ahead of time and cannot run code from a string
