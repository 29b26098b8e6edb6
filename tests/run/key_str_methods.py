"""key=str.lower and map(str.title, ...): str methods without arguments as
functions, in sorted, list.sort, min, max and map."""

def main() -> None:
    words = ["banana", "Apple", "cherry", "apple", "Banana"]
    print(sorted(words, key=str.lower), sorted(words, key=str.upper, reverse=True))
    print(max(words, key=str.casefold), min(words, key=str.swapcase))
    print(list(map(str.title, ["hello world", "py uk"])), [w for w in map(str.capitalize, words)])
    words.sort(key=str.lower)
    print(words)


if __name__ == "__main__":
    main()
