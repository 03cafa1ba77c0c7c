text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
index = {}
for lineno, line in enumerate(text.splitlines(), 1):
    for pos, word in enumerate(line.split()):
        index.setdefault(word, []).append((lineno, pos))
for w in sorted(index)[:6]:
    print(w, index[w])
print(len(index), max(index, key=lambda w: len(index[w])))
