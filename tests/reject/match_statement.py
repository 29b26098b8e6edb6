def describe(n: int) -> str:
    match n:
        case 0:
            return "zero"
        case _:
            return "many"


print(describe(0))


# expect:
# match_statement.py:2:5: error: the "match" statement is not supported by pyuk: use if/elif with isinstance()
