class Temperature:
    def __init__(self) -> None:
        self._c = 0.0

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        self._c = value


t = Temperature()
t.celsius = 5.0
print(t.celsius)


# expect:
# class_property_setter.py:9:6: error: a property setter is not supported by pyuk: properties are read-only: write a method
