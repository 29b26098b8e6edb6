def check(values: int) -> None:
    assert values < 10
    print("checked", values)


check(1)
check(20)
