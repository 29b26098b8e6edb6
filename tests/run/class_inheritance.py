# Single inheritance: inherited fields and methods, overriding, super()
# in __init__ and in ordinary methods, three levels deep.


class Animal:
    def __init__(self, name: str, legs: int) -> None:
        self.name = name
        self.legs = legs

    def sound(self) -> str:
        return "..."

    def describe(self) -> None:
        print(self.name, "says", self.sound())

    def total_legs(self, n: int) -> int:
        return self.legs * n


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, 4)
        self.tricks = 0

    def sound(self) -> str:
        return "woof"

    def learn(self) -> None:
        self.tricks += 1


class Puppy(Dog):
    def sound(self) -> str:
        return "yip"

    def describe(self) -> None:
        print("little one:", end=" ")
        super().describe()

    def total_legs(self, n: int) -> int:
        return super().total_legs(n) + 100


class Bird(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, 2)


a = Animal("thing", 0)
d = Dog("rex")
p = Puppy("bit")
b = Bird("tweety")
for x in [a, d, p, b]:
    x.describe()
    print(x.legs, x.total_legs(3))
d.learn()
p.learn()
p.learn()
print(d.tricks, p.tricks, p.name, p.legs, p.sound(), Dog.sound(p))
