attempts = 0


def flaky() -> int:
    global attempts
    attempts += 1
    if attempts < 4:
        raise ConnectionError("try again")
    return attempts


result = 0
for i in range(10):
    try:
        result = flaky()
    except ConnectionError:
        print("attempt", i, "failed")
        continue
    print("succeeded at attempt", i)
    break
print("result", result)
