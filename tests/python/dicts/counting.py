text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(max(counts, key=counts.get), sum(counts.values()), len(counts))
