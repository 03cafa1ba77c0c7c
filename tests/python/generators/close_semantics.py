# close(): GeneratorExit at the yield, finally blocks, ignoring GeneratorExit, return values
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

g = with_finally()
print(next(g))
print(g.close())
print(g.close())
print(list(g))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

ce = catches_exit()
next(ce)
ce.close()

def ignores():
    ignored = 0
    while ignored < 1:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
            ignored += 1

ig = ignores()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(ig))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 42

r = returns_on_exit()
next(r)
print("close ->", r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print("close raised", e)

unstarted = with_finally()
unstarted.close()
print("unstarted closed without finally", list(unstarted))

def is_base():
    try:
        yield 1
    except Exception:
        print("not reached: GeneratorExit is not an Exception")
    finally:
        print("cleanup only")
ib = is_base()
next(ib)
ib.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
