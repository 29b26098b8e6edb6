"""pyuk's own modules for programs (pyuk.xen...).

Compiled programs find this package through the compiler's module path;
under CPython, ``import pyuk`` gives the installed compiler package, which
adds this folder to its ``__path__`` so that ``import pyuk.xen`` finds the
same files.
"""
