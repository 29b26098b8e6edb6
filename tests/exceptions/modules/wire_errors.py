class WireError(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__("bad byte at " + str(offset))
        self.offset = offset


def decode(data: list[int]) -> int:
    for i in range(len(data)):
        if data[i] > 255:
            raise WireError(i)
    return len(data)
