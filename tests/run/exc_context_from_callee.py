def notify(code: int) -> None:
    if code > 0:
        raise ConnectionResetError("peer went away")


def handle_request() -> None:
    try:
        raise TimeoutError("request timed out")
    except TimeoutError:
        print("notifying the peer")
        notify(1)


handle_request()
