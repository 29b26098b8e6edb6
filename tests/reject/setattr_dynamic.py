class Settings:
    def __init__(self) -> None:
        self.verbose = False
        self.debug = False


def enable(s: Settings, flag: str) -> None:
    setattr(s, flag, True)


s = Settings()
enable(s, "debug")
print(s.debug)


# expect:
# setattr_dynamic.py:8:16: error: setattr() with an attribute name computed at run time is not supported by pyuk: use the attribute by name ("x.name") or setattr() with a literal name
