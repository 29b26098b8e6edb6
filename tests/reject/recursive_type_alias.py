# isinstance's second parameter has a recursive type (typeshed's _ClassInfo):
# found by the fuzz test, where it made the compiler recurse without end
checks = (isinstance, issubclass)
print(len(checks))


# expect:
# recursive_type_alias.py:3:1: error: type "_ClassInfo" is not supported by pyuk yet
# recursive_type_alias.py:3:10: error: type "_ClassInfo" is not supported by pyuk yet
# recursive_type_alias.py:4:11: error: type "_ClassInfo" is not supported by pyuk yet
