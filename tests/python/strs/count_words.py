text = "One fish two fish red fish blue fish. This one has a little star; this one has a little car!"
clean = "".join(c.lower() if c.isalpha() or c == " " else " " for c in text)
words = clean.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:>8} {n:2d} {'#' * n}")
print(len(words), len(freq), max(words, key=len))
