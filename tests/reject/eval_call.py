def main() -> None:
    source = "1 + 2"
    print(eval(source))


main()


# expect:
# eval_call.py:3:11: error: "eval" is not supported by pyuk: the program is compiled ahead of time and cannot run code from a string
