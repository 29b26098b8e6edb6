# User __str__ and __repr__: print() uses __str__, containers use
# __repr__, str()/repr() call them, __str__ falls back to __repr__, and
# subclasses inherit or override them.


class Card:
    def __init__(self, rank: int) -> None:
        self.rank = rank

    def __repr__(self) -> str:
        return "Card(" + str(self.rank) + ")"


class FaceCard(Card):
    def __str__(self) -> str:
        return "face " + str(self.rank)


class Joker(FaceCard):
    def __repr__(self) -> str:
        return "Joker"


cards = [Card(2), FaceCard(12), Joker(0)]
print(cards)
for c in cards:
    print(c, str(c), repr(c))
print(str(cards[1]) == "face 12", repr(cards[2]) == "Joker")
hand = {"best": cards[1], "worst": cards[0]}
print(hand)
print((cards[0], cards[2]))
