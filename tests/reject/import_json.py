import json


def main() -> None:
    print(json.dumps([1, 2]))


main()


# expect:
# import_json.py:1:8: error: module "json" is not supported by pyuk: import the program's own modules and those docs/dialect.md lists
