"""Word frequencies of a small text, with a class, a generator and a dict comprehension."""

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def words(text):
    for raw in text.split():
        word = raw.strip(".,").lower()
        if word:
            yield word


counter = Counter()
for w in words(TEXT):
    counter.add(w)
lengths = {w: len(w) for w, _ in counter.most_common(5)}
for word, count in counter.most_common(5):
    print(f"{word:>8} {count:3d} {lengths[word]}")
