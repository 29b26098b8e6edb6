def first_failure() -> int:
    for i in range(5):
        try:
            if i == 2:
                raise ValueError("found it")
        except ValueError:
            break
    return i


def leave_by_return() -> str:
    try:
        raise IndexError("handled and left")
    except IndexError:
        return "left the handler"


def leave_by_continue() -> int:
    count = 0
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            count += 1
            continue
    return count


print(first_failure())
print(leave_by_return())
print(leave_by_continue())
raise RuntimeError("no context: every handler above was left")
