def show(spec: str) -> None:
    try:
        print(format(12, spec))
    except ValueError as e:
        print("int ValueError:", e)
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("float ValueError:", e)
    try:
        print(format("s", spec))
    except ValueError as e:
        print("str ValueError:", e)


for spec in ["y", ".2d", ",s", "=5", "+", "#", "xx", "._", ",_", "z", "c", "%"]:
    show(spec)
try:
    print(format(None, "x"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(format(0x110000, "c"))
except OverflowError as e:
    print("OverflowError:", e)
value = 3.5
print(f"{value:d}")
