"""Imports every lowering module, in the order their handlers must register.

Handlers are registered when their module is imported, and some modules
wrap handlers registered before them or put theirs first in shared hook
lists, so the order below matters (and is kept by hand, not sorted).
"""

# ruff: noqa: I001, F401
from pyuk.irbuild import arithmetic, calls, exceptions, expressions, logic, statements

# containers and iteration: they wrap builtins registered above (len, str...)
from pyuk.irbuild import containers, iteration

# str, bytes, bytearray, format and f-strings (after the containers: it wraps
# their builtins and takes str/bytes first)
from pyuk.irbuild import strings

# classes: they put their hooks first in the shared hook lists
from pyuk.irbuild import class_dispatch

# functions as values: nested defs, lambdas, calls through Callable values
from pyuk.irbuild import closures

# generic functions: one instance per instantiation, at their calls
from pyuk.irbuild import generics

# assignment expressions (name := value)
from pyuk.irbuild import assignment_expr

# round(), divmod(), int.bit_length(), float.is_integer()
from pyuk.irbuild import numeric_builtins

# the math module
from pyuk.irbuild import math_module

# map() and filter() where pyuk iterates (after iteration: a GEN_HOOK)
from pyuk.irbuild import map_filter

# the heapq module
from pyuk.irbuild import heapq_module

# collections.deque (its hooks go first: a deque is not a list)
from pyuk.irbuild import deque_module

# collections.defaultdict and Counter (after iteration and closures)
from pyuk.irbuild import collections_module
# functools.reduce
from pyuk.irbuild import functools_module

# itertools where pyuk iterates (a GEN_HOOK, after map and filter)
from pyuk.irbuild import itertools_module

# the string module's constants
from pyuk.irbuild import string_module

# the random module
from pyuk.irbuild import random_module

# class methods of builtin types (dict.fromkeys); its call hook goes first
from pyuk.irbuild import class_methods_of_builtins

# bytearray's pop, insert, remove, clear, reverse, copy
from pyuk.irbuild import bytearray_methods

# type(x).__name__, x.__class__.__name__, C.__name__ (its hook goes first)
from pyuk.irbuild import type_names

# time and pyuk.xen (last: its hook for calls of a module's functions,
# time.sleep(...), goes first, before hooks that would ask a module its type)
from pyuk.irbuild import system
