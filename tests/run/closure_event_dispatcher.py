"""An event dispatcher: subscribers, one-shot handlers, priorities."""
from collections.abc import Callable


class Dispatcher:
    def __init__(self) -> None:
        self.subscribers: dict[str, list[tuple[int, Callable[[str], bool]]]] = {}
        self.delivered = 0

    def subscribe(self, event: str, handler: Callable[[str], bool], priority: int = 0) -> None:
        entries = self.subscribers.setdefault(event, [])
        entries.append((priority, handler))
        entries.sort(key=lambda e: -e[0])

    def once(self, event: str, handler: Callable[[str], None]) -> None:
        fired = False

        def wrapper(payload: str) -> bool:
            nonlocal fired
            if fired:
                return False
            fired = True
            handler(payload)
            return False

        self.subscribe(event, wrapper)

    def publish(self, event: str, payload: str) -> int:
        count = 0
        for _, handler in self.subscribers.get(event, []):
            count += 1
            self.delivered += 1
            if handler(payload):
                break  # a handler that returns True stops the event
        return count


def main() -> None:
    d = Dispatcher()
    log: list[str] = []

    def logger(tag: str) -> Callable[[str], bool]:
        def handle(payload: str) -> bool:
            log.append(f"{tag}:{payload}")
            return False

        return handle

    d.subscribe("save", logger("audit"))
    d.subscribe("save", logger("backup"), priority=5)
    d.subscribe("quit", lambda p: p == "force", priority=10)
    d.subscribe("quit", logger("cleanup"))
    d.once("save", lambda p: log.append(f"first save {p}"))
    print(d.publish("save", "a.txt"), d.publish("save", "b.txt"))
    print(d.publish("quit", "normal"), d.publish("quit", "force"), d.publish("none", "x"))
    for line in log:
        print(line)
    print("delivered", d.delivered)


main()
