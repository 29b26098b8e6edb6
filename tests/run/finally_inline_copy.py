"""A finally body that falls through is compiled twice: in line for the way
out when nothing was raised, and shared by the exits and the exception.
Each copy must behave the same, including jumps and handlers inside it."""


def counted(values: list[int]) -> tuple[int, int]:
    total = 0
    calls = 0
    for v in values:
        try:
            total += 100 // v
        except ZeroDivisionError:
            total -= 1
        finally:
            calls += 1
    return total, calls


def continue_in_finally(n: int) -> list[int]:
    seen: list[int] = []
    for i in range(n):
        try:
            if i == 2:
                raise ValueError("two")
            seen.append(i)
        finally:
            if i % 2 == 0:
                continue
            seen.append(-i)
    return seen


def break_in_finally(n: int) -> int:
    last = -1
    for i in range(n):
        try:
            last = i
        finally:
            if i == 3:
                break
    return last


def return_in_finally(x: int) -> str:
    try:
        if x < 0:
            raise ValueError("negative")
    finally:
        if x > 10 or x < -10:
            return "returned from finally"
    return "plain"


def handler_in_finally(keys: list[str]) -> list[str]:
    table = {"a": "1", "b": "2"}
    out: list[str] = []
    for key in keys:
        try:
            out.append("try " + key)
        finally:
            try:
                out.append(table[key])
            except KeyError as e:
                out.append("missing " + str(e))
    return out


def raise_in_finally(flag: bool) -> str:
    try:
        try:
            if flag:
                raise KeyError("from body")
        finally:
            raise RuntimeError("from finally")
    except RuntimeError as e:
        context = e.__context__
        return "caught " + str(e) + " context " + repr(context)


def lambda_in_finally(values: list[int]) -> list[int]:
    out: list[int] = []
    try:
        out.append(len(values))
    finally:
        out.extend(sorted(values, key=lambda v: -v))
    return out


def nested_finally(n: int) -> list[str]:
    log: list[str] = []
    for i in range(n):
        try:
            log.append("outer body %d" % i)
        finally:
            try:
                if i == 1:
                    raise IndexError("inner")
                log.append("inner body")
            except IndexError:
                log.append("inner caught")
            finally:
                log.append("inner finally")
    return log


def return_value_kept(x: int) -> int:
    try:
        return x * 2
    finally:
        x = 0


print(counted([1, 0, 3, 0, 7]))
print(continue_in_finally(6))
print(break_in_finally(10))
print(return_in_finally(5), return_in_finally(20), return_in_finally(-20))
try:
    print(return_in_finally(-1))
except ValueError as e:
    print("propagated", e)
print(handler_in_finally(["a", "z", "b"]))
print(raise_in_finally(True))
print(raise_in_finally(False))
print(lambda_in_finally([3, 1, 2]))
print(nested_finally(3))
print(return_value_kept(21))
