def main() -> None:
    try:
        print("body")
    except* ValueError:
        print("handled")


main()


# expect:
# except_star.py:2:5: error: "except*" is not supported by pyuk: catch the exception group's type
