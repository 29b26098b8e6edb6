def main() -> None:
    code = compile("1 + 1", "<string>", "eval")
    print(code)


main()


# expect:
# compile_call.py:2:12: error: "compile" is not supported by pyuk: the program is compiled ahead of time and cannot run code from a string
