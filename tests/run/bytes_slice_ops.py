data = bytes(range(20))
print(data[2:10:3], data[::-4], data[-5:], data[:-15], data[100:], data[5:2], len(data[::7]))
packet = b"\x45\x00\x00\x3c\x1c\x46\x40\x00\x40\x06"
version = packet[0] >> 4
ihl = packet[0] & 0x0F
length = int.from_bytes(packet[2:4], "big")
print(version, ihl, length, packet[8], packet[9], packet[4:6].hex())
checksum = 0
for i in range(0, len(packet), 2):
    checksum += (packet[i] << 8) | packet[i + 1]
print(checksum & 0xFFFF, hex(checksum))
