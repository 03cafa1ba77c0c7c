# a mixin deriving all comparisons from __eq__ and __lt__, used through the MRO
class Ordered:
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
class Card(Ordered):
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank = self.RANKS.index(s[0])
        self.suit = s[1]
    def __eq__(self, o):
        return self.rank == o.rank
    def __lt__(self, o):
        return self.rank < o.rank
    def __hash__(self):
        return self.rank
    def __repr__(self):
        return self.RANKS[self.rank] + self.suit
hand = [Card(c) for c in ["Kh", "2s", "Td", "Ac", "Ts"]]
print(sorted(hand), max(hand), min(hand))
a, b = Card("Th"), Card("Td")
print(a == b, a <= b, a >= b, a > b, a < b, a != b, len({a, b}))
print([c for c in hand if c >= Card("Tc")])
