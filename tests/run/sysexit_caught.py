import sys


def stop(code: int) -> None:
    sys.exit(code)


try:
    stop(4)
except SystemExit:
    print("caught SystemExit")
try:
    stop(5)
except BaseException:
    print("caught as BaseException")
try:
    try:
        stop(6)
    except Exception:
        print("wrong")
except SystemExit:
    print("outer caught it")
stop(2)
