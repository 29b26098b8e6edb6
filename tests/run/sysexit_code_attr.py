import sys


def codes() -> None:
    try:
        sys.exit(5)
    except SystemExit as e:
        print("code", e.code)
    try:
        sys.exit("message")
    except SystemExit as e:
        print("code", e.code)
    try:
        sys.exit()
    except SystemExit as e:
        print("code", e.code)
    try:
        raise SystemExit(1, 2)
    except SystemExit as e:
        print("code", e.code)


codes()
raise SystemExit(9)
