# an AttributeError deep in nested method calls: the full stack prints, the last line names it
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def deposit(self, amount):
        self.history.append(amount)
        return self.balance()

    def balance(self):
        return sum(self.history) + self.bonus()

    def bonus(self):
        return self.owner.loyalty_points // 10


class Owner:
    def __init__(self, name):
        self.name = name


acct = Account(Owner('ann'))
acct.owner.loyalty_points = 55
print(acct.deposit(100))
acct2 = Account(Owner('bob'))
acct2.deposit(5)
