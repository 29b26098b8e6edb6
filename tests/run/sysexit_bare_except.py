import sys


def guarded(code: int) -> str:
    try:
        sys.exit(code)
    except:  # noqa: E722 - a bare except catches SystemExit too
        return "bare except caught exit " + str(code)


print(guarded(3))
try:
    sys.exit(4)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print("exiting for real")
sys.exit(guarded(1) == "" or 12)
