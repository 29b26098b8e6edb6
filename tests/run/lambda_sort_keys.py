def main() -> None:
    words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
    print(sorted(words, key=lambda w: len(w)))
    print(sorted(words, key=lambda w: w[-1]))
    print(sorted(words, key=lambda w: (len(w), w), reverse=True))
    print(max(words, key=lambda w: w.count("a")), min(words, key=lambda w: w[1]))
    scores = {"ann": 7, "bob": 9, "cid": 7, "dan": 3}
    ranking = sorted(scores, key=lambda name: -scores[name])
    print(ranking)
    weight = 10

    def penalty(name: str) -> int:
        return scores[name] * weight - len(name)

    print(sorted(scores, key=penalty))
    people = [("zoe", 31), ("al", 25), ("mo", 31), ("kim", 19)]
    people.sort(key=lambda p: p[1])
    print(people)
    people.sort(key=lambda p: (-p[1], p[0]))
    print(people)
    nums = [3.5, -7.25, 1.0, -0.5]
    print(sorted(nums, key=abs), max(nums, key=lambda x: x * x))


main()
