def risky():
    yield 1
    yield 2
    raise KeyError("gen failed")
got = []
try:
    for v in risky():
        got.append(v)
except KeyError as e:
    got.append("caught " + str(e))
print(got)
def safe(it):
    try:
        for v in it:
            yield v
    except KeyError:
        yield "recovered"
print(list(safe(risky())))
