def cleanup() -> None:
    raise OSError("disk gone")


def process() -> None:
    try:
        raise ValueError("bad record")
    except ValueError:
        cleanup()


process()
