s = "the quick brown fox jumps über the lazy dog"
for sub in ["quick", "fox", "über", "cat", "", "the ", "dog!", "ü", "üb", "g"]:
    print(repr(sub), sub in s, sub not in s)
letters = "aeiouü"
count = 0
for ch in s:
    if ch in letters:
        count += 1
print(count)
print("" in "", "a" in "", "😀" in "x😀y")
