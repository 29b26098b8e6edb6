def work(fail: bool) -> int:
    try:
        print("working, fail =", fail)
        if fail:
            raise RuntimeError("failed")
        return 1
    finally:
        print("cleanup")


print(work(False))
try:
    work(True)
except RuntimeError:
    print("caught")
work(True)
