class Reader:
    def read(self) -> str:
        return "r"


class Writer:
    def write(self, text: str) -> None:
        print(text)


class Stream(Reader, Writer):
    pass


Stream().write(Stream().read())


# expect:
# multiple_inheritance.py:11:1: error: multiple inheritance (class "Stream" derives from "Reader", "Writer") is not supported by pyuk: derive from one class; the others can be Protocols or fields
