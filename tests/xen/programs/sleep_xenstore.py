# The acceptance program of issue 3: a domU reads its own name and a key
# the test wrote before it started, sleeps 200 ms and reports how long the
# sleep took on its own clock; it also writes and reads back a key of its
# own and shows the store's errors.  The test measures the domain's CPU
# time over the sleep (cpu_window.py).
import time

from cpu_window import begin, end
from pyuk.xen import xenstore_read, xenstore_write

print("name:", xenstore_read("name"))
print("key:", xenstore_read("pyuk/test-key"))
xenstore_write("data/greeting", "hello from the domU")
print("data/greeting:", xenstore_read("data/greeting"))
try:
    xenstore_read("pyuk/no-such-key")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    xenstore_write("/local/domain/0/pyuk", "not allowed")
except PermissionError as e:
    print("PermissionError:", e)
begin()
t0 = time.monotonic()
time.sleep(0.2)
elapsed = time.monotonic() - t0
end()
print("slept:", elapsed)
