class Config:
    debug: bool = False

    def show(self) -> None:
        print(self.debug)


Config.debug = True
Config().show()


# expect:
# monkeypatch_class.py:8:1: error: assigning an attribute of class "Config" from outside the class is not supported by pyuk: give the class a classmethod that does it
