for n in [0, 1, -1, 10, 255, -255, 4096, 9223372036854775807, -9223372036854775808]:
    print(hex(n), oct(n), bin(n))
print(hex(True), bin(False))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
