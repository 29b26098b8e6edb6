ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend(bytearray(b"!!"))
ba += b"?"
ba[0] = 72
ba[-1] = 46
print(ba, len(ba), ba[0], ba[-2], ba[1:4], ba.hex())
ba[0:5] = b"HOWDY"
print(ba)
ba[5:5] = b"--"
print(ba)
ba[:2] = b""
print(ba)
ba[::2] = b"#" * len(ba[::2])
print(ba)
ba[1:3] = bytearray(b"[longer]")
print(ba, ba.decode())
ba[0] += 1
ba[1] -= 10
print(ba[:4])
del_me = bytearray(b"abcdef")
del_me[::2] = b""
print(del_me)
copy = bytearray(b"xyz")
copy2 = copy + b"123"
copy3 = copy * 2
print(copy, copy2, copy3, copy == b"xyz", b"xyz" == copy, copy < b"xz", 120 in copy)
grow = bytearray()
for i in range(300):
    grow.append(i % 256)
print(len(grow), grow[255], grow[299], bytes(grow[250:260]))
for bad in [256, -1]:
    try:
        copy.append(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    copy[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    copy[::2] = b"toolong"
except ValueError as e:
    print("ValueError:", e)
