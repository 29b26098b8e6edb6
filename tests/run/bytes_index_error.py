def byte_at(data: bytes, i: int) -> int:
    return data[i]


print(byte_at(b"abc", 0), byte_at(b"abc", -1))
print(byte_at(b"abc", 3))
