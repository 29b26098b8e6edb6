class Config:
    print("defining Config")
    low, high = 1, 10

    def span(self) -> int:
        return self.high - self.low


print(Config().span())


# expect:
# class_body_code.py:2:5: error: only attribute definitions, methods and a docstring are supported in a class body by pyuk
# class_body_code.py:3:5: error: only attribute definitions, methods and a docstring are supported in a class body by pyuk
