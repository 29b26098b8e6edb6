# typing.Final names are compile-time constants (module level and class
# level), ClassVar values are shared, and both are read from methods,
# default arguments and other constants.
from typing import ClassVar, Final

MAX_RETRIES: Final = 3
TIMEOUT: Final[float] = 2.5
GREETING: Final = "hello"
DEBUG: Final = False
LIMIT: Final = MAX_RETRIES * 10


class Client:
    PORT: Final = 8080
    SCHEME: Final = "http"
    instances: ClassVar[int] = 0

    def __init__(self, host: str, retries: int = MAX_RETRIES) -> None:
        self.host = host
        self.retries = retries
        Client.instances += 1

    def url(self) -> str:
        return f"{self.SCHEME}://{self.host}:{Client.PORT}/"

    def budget(self) -> float:
        return self.retries * TIMEOUT


c = Client("example.org")
d = Client("localhost", retries=1)
print(c.url(), d.url(), c.retries, d.retries, c.budget(), d.budget())
print(MAX_RETRIES, TIMEOUT, GREETING, DEBUG, LIMIT, Client.PORT, Client.instances)
if not DEBUG:
    print(GREETING.upper(), Client.SCHEME * 2, MAX_RETRIES + Client.PORT)
