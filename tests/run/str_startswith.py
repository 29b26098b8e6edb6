name = "document.tar.gz"
print(name.startswith("doc"), name.startswith("tar"), name.endswith(".gz"), name.endswith("tar"))
print(name.endswith((".zip", ".gz")), name.startswith(("x", "y")), name.endswith(()))
print(name.startswith("ment", 4), name.startswith("ment", 4, 7), name.endswith("tar", 0, 12))
print(name.startswith(""), name.endswith(""), name.startswith("", 100), "".startswith(""))
print("ünï".startswith("ü"), "ünï".endswith("nï"), "ünï".startswith("n", 1), "😀a".endswith("a", 1))
print(name.startswith("d", -3), name.endswith("g", -3, -1), name.startswith(("do", "c"), 0))
for url in ["http://x", "https://y", "ftp://z", "HTTP://w"]:
    print(url, url.startswith(("http://", "https://")))
