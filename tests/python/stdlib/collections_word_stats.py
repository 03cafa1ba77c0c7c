# word statistics with Counter, defaultdict, deque and namedtuple working together
from collections import Counter, defaultdict, deque, namedtuple

TEXT = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
words = TEXT.lower().split()
freq = Counter(words)
print(freq.most_common(4))
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
Bigram = namedtuple('Bigram', 'first second')
window = deque(maxlen=2)
bigrams = Counter()
for w in words:
    window.append(w)
    if len(window) == 2:
        bigrams[Bigram(*window)] += 1
top = bigrams.most_common(2)
print(top, top[0][0].first, top[0][0]._asdict())
print(sum(freq.values()), len(freq), freq['was'] - freq['of'], (freq - Counter({'it': 100}))['it'])
