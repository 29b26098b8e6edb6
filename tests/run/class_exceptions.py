# User exception classes: a hierarchy under Exception and ValueError,
# fields set in __init__, catching by base class, str() and args.


class ConfigError(Exception):
    pass


class MissingKey(ConfigError):
    def __init__(self, key: str) -> None:
        super().__init__("missing key: " + key)
        self.key = key


class BadNumber(ValueError):
    def __init__(self, text: str, line: int) -> None:
        super().__init__(text, line)
        self.text = text
        self.line = line


class Silent(ConfigError):
    def __init__(self, code: int) -> None:
        self.code = code


def lookup(config: dict[str, str], key: str, line: int) -> int:
    if key not in config:
        raise MissingKey(key)
    text = config[key]
    if not text.isdigit():
        raise BadNumber(text, line)
    return int(text)


config = {"port": "8080", "host": "x", "debug": "1"}
for i, key in enumerate(["port", "user", "host", "debug"]):
    try:
        print(key, lookup(config, key, i + 1))
    except MissingKey as e:
        print("missing", e.key, "|", e, "|", e.args)
    except ValueError as e:
        print("bad value", e.args, isinstance(e, BadNumber))
        if isinstance(e, BadNumber):
            print(e.text, e.line)
try:
    raise Silent(3)
except ConfigError as e:
    print(type(e).__name__, e.args, repr(e), isinstance(e, Silent) and e.code == 3)
errors: list[Exception] = [MissingKey("k"), BadNumber("z", 9), Silent(1), ConfigError("plain")]
print([str(e) for e in errors])
print([repr(e) for e in errors])
