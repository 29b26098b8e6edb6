def job(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("body failed")
        return n
    finally:
        if n > 1:
            raise RuntimeError("cleanup failed too")


print(job(0))
try:
    job(1)
except ValueError:
    print("ValueError from the body")
try:
    job(2)
except RuntimeError as e:
    print("RuntimeError from finally, context:", repr(e.__context__))
job(2)
