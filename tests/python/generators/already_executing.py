# a generator cannot be resumed from inside itself
def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def sender():
    x = yield 1
    try:
        me2.send(x)
    except ValueError as e:
        print("inner:", e)
    yield 2

me2 = sender()
print(next(me2))
print(me2.send("hi"))

def closer():
    try:
        yield 1
    finally:
        try:
            me3.close()
        except ValueError as e:
            print("close inside:", e)
me3 = closer()
next(me3)
me3.close()
print("done")
