from typing import Optional

HEX = "0123456789ABCDEF"


def unquote(s: str) -> str:
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == "%" and i + 2 < len(s) + 0 and all(ch in "0123456789abcdefABCDEF" for ch in s[i + 1:i + 3]):
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
            continue
        if c == "+":
            out.append(32)
        else:
            out.extend(c.encode())
        i += 1
    return out.decode("utf-8")


def quote(s: str, safe: str = "/") -> str:
    parts: list[str] = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch.isascii() and (ch.isalnum() or ch in "-._~" or ch in safe):
            parts.append(ch)
        else:
            parts.append("%" + HEX[b >> 4] + HEX[b & 15])
    return "".join(parts)


def parse_query(q: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for pair in q.split("&"):
        if not pair:
            continue
        k, _, v = pair.partition("=")
        result.setdefault(unquote(k), []).append(unquote(v))
    return result


def split_url(url: str) -> tuple[str, str, Optional[int], str, str, str]:
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    rest, _, frag = rest.partition("#")
    rest, _, query = rest.partition("?")
    slash = rest.find("/")
    netloc, path = (rest, "/") if slash < 0 else (rest[:slash], rest[slash:])
    host, colon, port_s = netloc.rpartition(":")
    port: Optional[int] = None
    if colon and port_s.isdigit():
        port = int(port_s)
    else:
        host = netloc
    return scheme.lower(), host, port, path, query, frag


def main() -> None:
    urls = [
        "https://Example.com:8443/a/b%20c?x=1&y=hello+world&x=2#top",
        "http://localhost/",
        "ftp://host:notaport/file",
        "/relative/path?q=%E2%82%AC&empty=&flag",
        "mailto:someone",
    ]
    for u in urls:
        scheme, host, port, path, query, frag = split_url(u)
        print(f"{scheme!r:8} {host!r:16} {port!s:>5} {unquote(path)!r} {frag!r}")
        q = parse_query(query)
        for k in sorted(q):
            print(f"    {k} = {q[k]}")
    for s in ["a b&c=d/é", "~safe-._", "100%", ""]:
        enc = quote(s)
        print(repr(s), enc, unquote(enc) == s, quote(s, safe=""))
    print(unquote("%zz%4"), unquote("%41%42c"))


if __name__ == "__main__":
    main()
