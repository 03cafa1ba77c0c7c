word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items()))
print([c for c in word if c != "s"], "".join(reversed(word)))
print(word.count("ss"), word.find("ss", 3), word.upper().lower() == word)
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print(list(enumerate("abc")), list(zip("abc", "xyz")))
