def show(a: int | None, s: str | None, f: float | None) -> None:
    print(f"[{a:>5}] [{s:<6}] [{f:.2f}]" if a is not None and s is not None and f is not None else "skip")
    for spec in ["", ">6"]:
        try:
            print(format(a, spec), format(s, spec), format(f, spec))
        except TypeError as e:
            print("TypeError:", e)
    print(f"{a!r:>6}|{s!s:>6}|{f}")


show(5, "x", 1.5)
show(None, None, None)
