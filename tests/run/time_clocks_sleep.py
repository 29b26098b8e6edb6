# time: clocks move forward, sleep waits at least as long as asked, and
# sleep's argument errors are CPython's (messages, rounding, int vs float).
import time
from time import monotonic, sleep

t0 = time.monotonic()
n0 = time.monotonic_ns()
p0 = time.perf_counter()
sleep(0.02)
print("slept at least 20 ms:", monotonic() - t0 >= 0.02, time.perf_counter() - p0 >= 0.02)
print("ns clock agrees:", time.monotonic_ns() - n0 >= 20_000_000, time.perf_counter_ns() > 0)
print("wall clock after 2023:", time.time() > 1.7e9, time.time_ns() > 1_700_000_000 * 10**9)
time.sleep(0)
time.sleep(-0.0)
time.sleep(1e-10)
time.sleep(False)

INF = 1e300 * 1e300
durations: list[float] = [-1e-10, -1.0, INF - INF, 1e300, -INF, 9223372036.9]
for d in durations:
    try:
        time.sleep(d)
    except ValueError as e:
        print(d, "ValueError:", e)
    except OverflowError as e:
        print(d, "OverflowError:", e)
seconds: list[int] = [-1, 9223372037, -9223372037]
for s in seconds:
    try:
        time.sleep(s)
    except ValueError as e:
        print(s, "ValueError:", e)
    except OverflowError as e:
        print(s, "OverflowError:", e)
time.sleep(-1)
