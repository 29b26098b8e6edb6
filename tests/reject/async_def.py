async def fetch(n: int) -> int:
    return n


print(fetch)


# expect:
# async_def.py:1:1: error: an async function ("async def") is not supported by pyuk
