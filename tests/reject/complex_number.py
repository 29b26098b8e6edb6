def main() -> None:
    z = 1 + 2j
    print(z * z)


main()


# expect:
# complex_number.py:2:13: error: a complex number is not supported by pyuk
