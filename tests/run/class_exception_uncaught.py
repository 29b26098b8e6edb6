# An uncaught user exception prints CPython's traceback report with the
# class name and message, and the program exits with status 1.


class ProtocolError(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{code} {reason}")
        self.code = code


class Parser:
    def __init__(self, data: list[int]) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise ProtocolError(400, "truncated message")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def message(self) -> list[int]:
        n = self.byte()
        out: list[int] = []
        for _ in range(n):
            out.append(self.byte())
        return out


p = Parser([2, 7, 9, 3, 1])
print(p.message())
print("partial")
print(p.message())
