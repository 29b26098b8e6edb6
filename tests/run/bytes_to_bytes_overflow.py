def pack16(n: int) -> bytes:
    return n.to_bytes(2, "big")


print(pack16(513))
print(pack16(70000))
