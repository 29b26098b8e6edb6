def main() -> None:
    f = open("data.txt")
    print(f.read())


main()


# expect:
# open_file.py:2:9: error: "open" is not supported by pyuk: a unikernel has no file system
