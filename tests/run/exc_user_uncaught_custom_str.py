class ProtocolError(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class Decoder:
    def decode(self, data: int) -> int:
        if data > 100:
            raise ProtocolError(400, "bad frame")
        return data

    def run(self) -> None:
        print(self.decode(5))
        print(self.decode(500))


Decoder().run()
