def main() -> None:
    total = 0
    for i in range(10):
        total += i
    print(total)
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    for i in range(2, 20, 5):
        print(i, end=",")
    print()
    for i in range(5, 5):
        print("never")
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if j > i:
                break
            print(i, j)
    for i in range(4):
        pass
    print("i after loop", i)
    for k in range(100):
        if k * k > 50:
            print("found", k)
            break
    else:
        print("not found")
    for k in range(3):
        pass
    else:
        print("loop else", k)


if __name__ == "__main__":
    main()
