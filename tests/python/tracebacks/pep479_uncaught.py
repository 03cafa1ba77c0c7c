def firsts(seqs):
    for s in seqs:
        yield next(iter(s))
print(list(firsts([[1], [2]])))
print(list(firsts([[1], []])))
