def connect(host: str, port: int = 80, *, timeout: float = 2.5, retries: int = 3,
            secure: bool = False) -> str:
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"


def scale(values: list[float], *, factor: float, offset: float = 0.0) -> list[float]:
    return [v * factor + offset for v in values]


def describe(name: str, *, loud: bool = False) -> None:
    print(name.upper() if loud else name)


def main() -> None:
    print(connect("example.org"))
    print(connect("example.org", 8080, secure=True))
    print(connect("example.org", retries=5, timeout=0.5))
    print(connect(port=22, host="sshd", secure=False))
    print(scale([1.0, 2.0], factor=3.0))
    print(scale([1.0, 2.0], offset=-1.0, factor=0.5))
    describe("quiet")
    describe("loud", loud=True)

    def tag(text: str, *, open_: str = "<", close: str = ">") -> str:
        return open_ + text + close

    print(tag("b"), tag("i", close="/>"), tag("p", open_="[", close="]"))


main()
