def bank(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("d", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        history.append(("w", x))
        return balance
    def report():
        return balance, history
    return deposit, withdraw, report
dep, wd, rep = bank(100)
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as e:
    print(e)
print(rep())
def counter_factory():
    counts = {}
    def hit(k):
        counts[k] = counts.get(k, 0) + 1
        return counts[k]
    return hit
h = counter_factory()
print([h(k) for k in "abacab"])
