log: list[str] = []


def work(n: int) -> str:
    try:
        try:
            if n % 2 == 0:
                raise ValueError("even")
            log.append("odd body")
        except ValueError:
            try:
                log.append("handling even")
                if n == 4:
                    return "early return from the handler"
            finally:
                log.append("inner finally")
        finally:
            log.append("middle finally")
    finally:
        log.append("outer finally")
    return "normal end"


for n in range(1, 5):
    print(n, work(n))
    print(log)
    log.clear()
