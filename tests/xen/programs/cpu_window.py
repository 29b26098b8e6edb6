# Marks the stretch of a program whose CPU cost the test measures: the
# test's dom0 hook watches data/sleep and reads the domain's CPU time (ns,
# from Xen) at each mark.  begin() returns once dom0 has taken its first
# reading; end() stays blocked for a second so that dom0 takes the second
# one while the domain does nothing.
import time

from pyuk.xen import xenstore_read, xenstore_write


def wait_for(key: str, value: str) -> None:
    while True:
        try:
            if xenstore_read(key) == value:
                return
        except FileNotFoundError:
            pass
        time.sleep(0.05)


def begin() -> None:
    wait_for("pyuk/go", "1")
    xenstore_write("data/sleep", "start")
    wait_for("pyuk/ack", "start")


def end() -> None:
    xenstore_write("data/sleep", "end")
    time.sleep(1.0)
