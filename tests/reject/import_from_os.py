from os import path
from collections import OrderedDict

print(path.sep, OrderedDict)


# expect:
# import_from_os.py:1:1: error: module "os" is not supported by pyuk: pyuk provides __future__, collections.abc, dataclasses, enum, sys, typing, typing_extensions and the program's own modules
# import_from_os.py:2:1: error: module "collections" is not supported by pyuk: pyuk provides __future__, collections.abc, dataclasses, enum, sys, typing, typing_extensions and the program's own modules
