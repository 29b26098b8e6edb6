# Exception classes overriding __str__ and __repr__, with extra fields,
# as caught and as reported uncaught.


class HttpError(Exception):
    def __init__(self, status: int, path: str) -> None:
        super().__init__(status, path)
        self.status = status
        self.path = path

    def __str__(self) -> str:
        return f"HTTP {self.status} for {self.path}"


class NotFound(HttpError):
    def __init__(self, path: str) -> None:
        super().__init__(404, path)

    def __repr__(self) -> str:
        return f"NotFound({self.path!r})"


try:
    raise NotFound("/index.html")
except HttpError as e:
    print(e, "|", repr(e), "|", e.args, e.status)
err = HttpError(500, "/api")
print(str(err), repr(err), [err])
raise NotFound("/missing")
