def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            pass
s = stubborn()
print(next(s))
s.close()
