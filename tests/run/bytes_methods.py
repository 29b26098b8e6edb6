request = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\nbody"
end = request.find(b"\r\n\r\n")
head, body = request[:end], request[end + 4:]
lines = head.split(b"\r\n")
method, path, version = lines[0].split(b" ")
print(method, path, version, body)
for line in lines[1:]:
    name, value = line.split(b":", 1)
    print(name.lower(), value.strip(), name.upper())
print(request.startswith(b"GET"), request.endswith((b"body", b"x")), request.count(b"\r\n"))
print(request.find(b"Host"), request.rfind(b"\r\n"), request.index(b"HTTP"), request.find(b"zz"))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"  x  y ".split(), b"x".split(b"x"))
print(b", ".join([b"a", b"b", b"c"]), b"".join(p for p in [b"x", b"y"]), b"-".join([]))
print(b"\x00\xffdata\xff\x00".strip(b"\x00\xff"), b"  pad  ".lstrip(), b"  pad  ".rstrip())
print(b"aaa".replace(b"a", b"bc"), b"abc".replace(b"", b"."), b"x\xffy".replace(b"\xff", b"-", 1))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b").hex())
ba = bytearray(b"find me in here")
print(ba.find(b"me"), ba.count(b"e"), ba.startswith(b"find"), ba.endswith(bytearray(b"here")))
try:
    request.index(b"missing")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("12 3g")
except ValueError as e:
    print("ValueError:", e)
print(int(b"12"), int(b" -7 "), int(b"ff", 16), int(bytearray(b"10")), float(b"1.5"), float(b" 2e3"))
for raw in [b"12x", b"\xff", b""]:
    try:
        print(int(raw))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(float(raw))
    except ValueError as e:
        print("ValueError:", e)
