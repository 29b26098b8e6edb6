def main() -> None:
    print(1, 2, 3, sep="-")
    print("a", "b", sep="", end="!\n")
    print("no newline", end="")
    print(" then newline")
    print()
    print(1.5, True, None, "x", sep=" | ")
    print("end none", end=None)
    print("sep none", 2, sep=None)
    print("tab\tand unicode: é ü ß €")
    print("multi\nline")


if __name__ == "__main__":
    main()
