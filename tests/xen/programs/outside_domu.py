# pyuk.xen where there is no xenstore (CPython, unix, kvm, xen dom0): the
# same OSError everywhere, caught, then uncaught with its traceback.
from pyuk.xen import xenstore_read, xenstore_write

try:
    xenstore_read("name")
except OSError as e:
    print("read:", e)
try:
    xenstore_write("data/x", "y")
except OSError as e:
    print("write:", e)
print(xenstore_read("domid"))
