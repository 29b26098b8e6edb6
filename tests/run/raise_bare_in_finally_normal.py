def cleanup_reraises(fail: bool) -> None:
    try:
        if fail:
            raise KeyError("original")
        print("no exception in the body")
    finally:
        print("finally, fail =", fail)
        if fail:
            print("re-raising what is being handled")


try:
    cleanup_reraises(True)
except KeyError as e:
    print("caught", repr(e))
cleanup_reraises(False)


def reraise_outside() -> None:
    try:
        print("in try")
    finally:
        raise


reraise_outside()
