def release() -> None:
    print("releasing")
    raise RuntimeError("release failed")


def job() -> None:
    try:
        print("job starts")
        raise KeyError("job failed")
    finally:
        release()


job()
