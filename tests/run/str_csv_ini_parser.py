def parse_csv_line(line: str, sep: str = ",") -> list[str]:
    """Split one CSV line, honouring double quotes."""
    fields: list[str] = []
    cur: list[str] = []
    in_q = False
    i = 0
    while i < len(line):
        c = line[i]
        if in_q:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    in_q = False
            else:
                cur.append(c)
        elif c == '"':
            in_q = True
        elif c == sep:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields


def parse_ini(text: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current = "DEFAULT"
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"bad line: {raw!r}")
        sections.setdefault(current, {})[key.strip().lower()] = value.strip()
    return sections


def main() -> None:
    data = '''name,age,city
"Smith, John",42,"New ""York"""
Ana,7,Lisbon
,,
'''
    rows = [parse_csv_line(l) for l in data.splitlines()]
    print(rows)
    header = rows[0]
    print(header)
    for r in rows[1:]:
        print(dict(zip(rows[0], r)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    print(widths)
    for r in rows:
        print(" | ".join(f"{c:<{w}}" for c, w in zip(r, widths)))
    ini = """
# comment
[server]
Host = example.com
port=8080
; another
[client]
timeout = 3.5
name = a=b
"""
    conf = parse_ini(ini)
    print(conf)
    print(sorted(conf.items()))
    port = int(conf["server"]["port"])
    t = float(conf["client"]["timeout"])
    print(port + 1, t * 2, repr(t), f"{t:08.3f}", f"{port:#x}")
    try:
        parse_ini("[a]\nnovalue\n")
    except ValueError as e:
        print("error:", e)
    print(conf.get("missing"), conf.get("server", {}).get("host"))
    try:
        print(conf["nope"])
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)


if __name__ == "__main__":
    main()
