import json


def main() -> None:
    print(json.dumps([1, 2]))


main()


# expect:
# import_json.py:1:8: error: module "json" is not supported by pyuk: pyuk provides __future__, collections.abc, dataclasses, enum, sys, typing, typing_extensions and the program's own modules
