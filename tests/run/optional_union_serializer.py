Scalar = int | float | str | bool | None
Value = Scalar | list[Scalar] | dict[str, Scalar]


def esc(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dump_scalar(v: Scalar) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    return esc(v)


def dump(v: Value) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(dump_scalar(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{esc(k)}: {dump_scalar(x)}" for k, x in sorted(v.items())) + "}"
    return dump_scalar(v)


def main() -> None:
    doc: dict[str, Value] = {
        "name": "widget\t\"x\"",
        "count": 3,
        "ratio": 0.1 + 0.2,
        "tags": ["a", "b\nc", "", 1, None, 2.5, False],
        "nested": {"none": None, "flag": True, "neg": -0.0, "big": 1e22, "small": 1e-7, "inf": float("inf")},
        "empty": [],
        "e2": {},
    }
    for k, v in doc.items():
        print(f"{k:>8}: {dump(v)}")
    print(doc)
    print(repr(doc["tags"]), str(doc["nested"]))
    vals: list[Scalar] = [None, True, 1, 1.5, "s", 0, 0.0, ""]
    for x in vals:
        print(type(x).__name__, x, repr(x), str(x), bool(x), f"{x!r:>6}|{x!s:<6}|")
    print(vals, tuple(vals), vals[::-2])


if __name__ == "__main__":
    main()
