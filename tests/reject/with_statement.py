class Lock:
    def __enter__(self) -> "Lock":
        print("locked")
        return self

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        print("unlocked")


with Lock():
    print("inside")


# expect:
# with_statement.py:10:1: error: the "with" statement is not supported by pyuk: use try/finally
