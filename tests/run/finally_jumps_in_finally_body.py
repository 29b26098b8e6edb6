def swallow() -> int:
    count = 0
    for i in range(4):
        try:
            if i % 2 == 0:
                raise ValueError("dropped by continue in finally")
            count += 10
        finally:
            count += 1
            continue
    return count


def stop_early() -> str:
    while True:
        try:
            raise KeyError("dropped by break in finally")
        finally:
            break
    return "broke out of the loop"


def nested_override() -> int:
    for i in range(3):
        try:
            try:
                return i
            finally:
                if i < 2:
                    continue
        finally:
            print("outer finally", i)
    return -1


print(swallow())
print(stop_early())
print(nested_override())
raise RuntimeError("no context left behind")
