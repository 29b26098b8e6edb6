"""The Xen guest's view of its host: the domain's xenstore.

A program compiled with ``pyuk compile -t xen`` and started as a Xen domU
(``xl create``, or ``pyuk run -t xen``) reads and writes its xenstore
entries; a key without a leading ``/`` is relative to the domain's home,
``/local/domain/<domid>``: ``xenstore_read("name")`` is the domain's name,
``xenstore_read("domid")`` its id.

Everywhere else there is no xenstore: under CPython, compiled for unix or
kvm, and as Xen's dom0 (``pyuk run -t xen --dom0``), every function raises
``OSError(19, NO_XENSTORE)`` (errno 19 is ENODEV).  So a program behaves the
same under CPython as compiled for unix, and can fall back::

    try:
        name = xenstore_read("name")
    except OSError:
        name = "not a Xen domU"

On a domU, a missing key raises FileNotFoundError, a key the domain may
not read or write PermissionError, a store that does not answer within 5 s
TimeoutError; a key or value holding a NUL byte, or a value that is not
UTF-8, ValueError.  Values are at most 4096 bytes.

Compiled, each function's body is pyuk's xenstore client (the code below
is what CPython runs); errors point at the line of its ``raise``.
"""

ENODEV = 19
NO_XENSTORE = (
    "no xenstore: pyuk.xen needs a program compiled with -t xen running as a Xen domU"
)


def xenstore_read(key: str) -> str:
    """The value of ``key`` in the domain's xenstore."""
    raise OSError(ENODEV, NO_XENSTORE)


def xenstore_write(key: str, value: str) -> None:
    """Sets ``key`` to ``value`` in the domain's xenstore (the domain may
    write under its ``data/`` folder and keys the toolstack gave it)."""
    raise OSError(ENODEV, NO_XENSTORE)
