from os import path
from collections import OrderedDict

print(path.sep, OrderedDict)


# expect:
# import_from_os.py:1:1: error: module "os" is not supported by pyuk: import the program's own modules and those docs/dialect.md lists
# import_from_os.py:2:1: error: "collections.OrderedDict" is not supported by pyuk: of collections, pyuk provides collections.Counter, collections.abc, collections.defaultdict, collections.deque
