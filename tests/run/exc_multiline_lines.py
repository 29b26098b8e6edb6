def compute(a: int, b: int) -> int:
    return (a
            // b)


def call_it() -> int:
    return compute(
        10,
        0,
    )


try:
    call_it()
except ZeroDivisionError:
    print("caught")
value = call_it(
)
