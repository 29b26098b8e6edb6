class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key: str, line: int) -> None:
        self.key = key
        self.line = line


class Custom(Exception):
    def __str__(self) -> str:
        return "custom message"


try:
    raise ConfigError("port", 12)
except AppError as e:
    print(e)
    print(repr(e))
    print(e.args)
try:
    raise AppError("plain", 2)
except Exception as e:
    print(e, e.args)
try:
    raise Custom("ignored")
except Custom as e:
    print(e)
    print(repr(e))
raise ConfigError("host", 3)
