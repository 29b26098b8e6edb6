index: dict[str, list[int]] = {}
text = "to be or not to be that is the question to ask"
for pos, word in enumerate(text.split()):
    if word not in index:
        index[word] = []
    index[word].append(pos)
for key in sorted(index):
    print(key, index[key])
names = {"Zoë": 1, "Åsa": 2, "Olaf": 3, "😀": 4}
print(names["Åsa"], "Zoë" in names, "Zoe" in names, sorted(names))
keys = set("abracadabra")
print(sorted(keys), len(keys))
