async def one() -> int:
    return 1


async def two() -> int:
    return await one() + 1


print(two)


# expect:
# await_expr.py:1:1: error: an async function ("async def") is not supported by pyuk
# await_expr.py:5:1: error: an async function ("async def") is not supported by pyuk
# await_expr.py:6:12: error: "await" is not supported by pyuk
