import sys


def level3() -> None:
    try:
        print("level3: exiting")
        sys.exit(7)
    finally:
        print("level3 finally")


def level2() -> None:
    try:
        level3()
    except ValueError:
        print("not a ValueError")
    finally:
        print("level2 finally")


def level1() -> None:
    try:
        level2()
    except Exception:
        print("SystemExit is not an Exception")
    finally:
        print("level1 finally")


level1()
print("not reached")
