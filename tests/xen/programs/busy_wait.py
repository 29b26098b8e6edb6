# For contrast with sleep_xenstore.py: waits 200 ms by spinning on the clock.
import time

from cpu_window import begin, end

begin()
t0 = time.monotonic()
while time.monotonic() - t0 < 0.2:
    pass
elapsed = time.monotonic() - t0
end()
print("spun:", elapsed)
