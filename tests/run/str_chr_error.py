def letter(n: int) -> str:
    return chr(n)


print(letter(0x263A))
print(letter(1114112))
