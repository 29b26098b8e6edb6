def show(parts: list[str]) -> None:
    print(len(parts), parts)


show("a b  c\td\n e ".split())
show("  leading and trailing  ".split())
show("".split())
show("   ".split())
show("a,b,,c,".split(","))
show("a,b,,c,".split(",", 1))
show("a,b,,c,".split(",", 0))
show("a::b::c".split("::"))
show("one two three four".split(" ", 2))
show("one two three four".split(maxsplit=1))
show("one two three four".rsplit(maxsplit=1))
show("a,b,c,d".rsplit(",", 2))
show("a,b,c,d".rsplit(","))
show("x\u3000y\u2003z\xa0w".split())
show("ünï,cödé,😀".split(","))
show("line1\nline2\r\nline3\rline4".splitlines())
show("line1\nline2\r\n\nline3".splitlines(True))
show("no newline".splitlines())
show("".splitlines())
show("a\x0bb\x0cc\x1cd\x85e\u2028f".splitlines())
csv = "name;age;city\nAnn;31;Oslo\nBo;27;Köln"
for line in csv.splitlines():
    fields = line.split(";")
    print(fields[0], fields[-1])
