"""Items of empty literals ([][0], [].pop()) raise as in CPython; their type is
Never, so the compiler must not make a register of it (it crashed)."""

def main() -> None:
    try:
        print([][0])
    except IndexError as e:
        print(e)
    try:
        print([].pop())
    except IndexError as e:
        print(e)
    print(len([]), [] == [], sorted([]), list(reversed([])))


if __name__ == "__main__":
    main()
