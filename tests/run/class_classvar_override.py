# Class attributes that subclasses override are read through instances
# with the object's own class's value, ClassVars included; reads through
# the class name see that class's value.
from typing import ClassVar


class Message:
    kind: ClassVar[str] = "message"
    priority = 0
    header_size = 4

    def describe(self) -> str:
        return f"{self.kind}/{self.priority}/{self.header_size}"

    def cost(self, payload: int) -> int:
        return self.header_size + payload * (self.priority + 1)


class Ping(Message):
    kind: ClassVar[str] = "ping"


class Alert(Message):
    kind: ClassVar[str] = "alert"
    priority = 9


class Bulk(Message):
    header_size = 16


msgs: list[Message] = [Message(), Ping(), Alert(), Bulk()]
for m in msgs:
    print(type(m).__name__, m.describe(), m.cost(10))
print(Message.kind, Ping.kind, Alert.priority, Bulk.priority, Bulk.header_size)
