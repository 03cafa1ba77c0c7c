# object.__new__ / object.__init__ argument rules and __new__ overrides
def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)

class Plain: pass
class WithInit:
    def __init__(self, a): self.a = a
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)

attempt(lambda: Plain())
attempt(lambda: Plain(1))
attempt(lambda: Plain(x=1))
attempt(lambda: WithInit(1))
attempt(lambda: WithInit())
attempt(lambda: WithNew(1, 2))
attempt(lambda: NewPassesArgs(1))
attempt(lambda: InitPassesArgs(1))
attempt(lambda: object())
attempt(lambda: object(1))
attempt(lambda: object.__new__(Plain))
attempt(lambda: object.__new__(int))
attempt(lambda: object.__new__(5))

class Other:
    pass
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
print(type(Factory("self")).__name__, type(Factory("other")).__name__)
class BadInit:
    def __init__(self):
        return 5
BadInit()
