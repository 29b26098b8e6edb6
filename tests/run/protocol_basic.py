# typing.Protocol: unrelated classes that have the protocol's methods are
# used through protocol-typed values; calls dispatch on the object's class.
from typing import Protocol


class Speaker(Protocol):
    def speak(self) -> str: ...

    def volume(self, boost: int) -> int: ...


class Dog:
    def speak(self) -> str:
        return "woof"

    def volume(self, boost: int) -> int:
        return 5 + boost


class Robot:
    def __init__(self, model: int) -> None:
        self.model = model

    def speak(self) -> str:
        return "beep " + str(self.model)

    def volume(self, boost: int) -> int:
        return self.model * boost

    def recharge(self) -> None:
        self.model += 1


class LoudRobot(Robot):
    def volume(self, boost: int) -> int:
        return 100


def chorus(speakers: list[Speaker]) -> list[str]:
    return [s.speak() for s in speakers]


def loudest(speakers: list[Speaker], boost: int) -> int:
    best = 0
    for s in speakers:
        best = max(best, s.volume(boost))
    return best


r = Robot(7)
group: list[Speaker] = [Dog(), r, LoudRobot(1)]
print(chorus(group), loudest(group, 3))
r.recharge()
one: Speaker = r
print(one.speak(), one.volume(2), loudest([Dog()], 0))
