def run(n: int) -> None:
    try:
        print("body", n)
    except ValueError:
        print("not reached")
    else:
        if n > 0:
            raise ValueError("from else")
        print("else done")
    finally:
        print("finally", n)


run(0)
try:
    run(1)
except ValueError:
    print("else exception is not caught by its own try")
run(2)
