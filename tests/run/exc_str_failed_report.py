class Unprintable(Exception):
    def __str__(self) -> str:
        raise ValueError("no text")


print("raising")
raise Unprintable()
