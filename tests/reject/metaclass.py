class Registry(type):
    pass


class Plugin(metaclass=Registry):
    name = "plugin"


print(Plugin.name)


# expect:
# metaclass.py:5:24: error: a metaclass is not supported by pyuk: use a base class or a decorator
