class Greeter:
    def greet(self, name: str = "world") -> str:
        return "hello " + name


class Loud(Greeter):
    def greet(self, name: str = "WORLD") -> str:
        return "HELLO " + name


g: Greeter = Loud()
print(g.greet())
print(g.greet("you"))


# expect:
# class_virtual_default.py:12:7: error: leaving out argument "name" of "greet", whose default differs between overrides, is not supported by pyuk: pass it
