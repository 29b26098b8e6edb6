import sys


def main() -> None:
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally runs before exit")
    print("not reached")


main()
