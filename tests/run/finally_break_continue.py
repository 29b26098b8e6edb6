def scan() -> None:
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no break")
    print("after loop")


def nested() -> None:
    i = 0
    while i < 3:
        i += 1
        for j in range(3):
            try:
                try:
                    if j == 1:
                        continue
                    if i == 2:
                        break
                    print(i, j)
                finally:
                    print("inner finally", i, j)
            finally:
                print("outer finally", i, j)


scan()
nested()
