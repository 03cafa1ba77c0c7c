# the finally of a suspended generator runs at exit even after an uncaught exception
def worker():
    try:
        yield "working"
    finally:
        print("worker cleanup")

w = worker()
print(next(w))
raise SystemError("fatal") if False else ValueError("fatal")
