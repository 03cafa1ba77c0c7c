# text_words: generate a text, then count words and word pairs, build an index and a report (str methods, dicts, sorting).
# tier: 3
# size: 550000
# checksum: 4368 21264 946937 196680921432335197 53338
# test-size: 200
# test-checksum: 160 185 358 170666091838358462 12566
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "en", "or", "an", "qu", "ix", "el", "th", "ph"]
PUNCTUATION = [",", ".", ";", "!", "?"]


def generate_text(n_words):
    seed = 12345
    words = []
    for i in range(n_words):
        seed = (seed * 69069 + 1) % 4294967296
        length = 1 + (seed >> 8) % 3
        word = ""
        s = seed
        for _ in range(length):
            word += SYLLABLES[s % len(SYLLABLES)]
            s //= 16
        if seed % 11 == 0:
            word = word.capitalize()
        if seed % 13 == 0:
            word += PUNCTUATION[(seed >> 4) % len(PUNCTUATION)]
        words.append(word)
        if i % 17 == 16:
            words.append("\n")
    return " ".join(words)


def normalize(word):
    return word.strip(",.;!?").lower()


def string_hash(text):
    # A polynomial hash (str hashes are randomized per process in CPython, so not used for checksums).
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


def main():
    n = int(sys.argv[1])
    text = generate_text(n)
    lines = text.split("\n")
    counts = {}
    pairs = {}
    first_line = {}
    for number, line in enumerate(lines):
        previous = None
        for raw in line.split():
            word = normalize(raw)
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            if word not in first_line:
                first_line[word] = number
            if previous is not None:
                key = previous + " " + word
                pairs[key] = pairs.get(key, 0) + 1
            previous = word
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    top_pairs = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:20]
    report = []
    for word, count in ranked[:50]:
        report.append(f"{word:>12} {count:6d} first on line {first_line[word]}")
    for pair, count in top_pairs:
        report.append(f"{pair.upper():>20}|{count:<5}|{pair.replace(' ', '-').title()}")
    # Rewrite the text: the most common word in brackets, vowels counted per line.
    common = ranked[0][0]
    vowels = 0
    rewritten = []
    for line in lines:
        rewritten.append(line.replace(common, "[" + common + "]"))
        for ch in line:
            if ch in "aeiou":
                vowels += 1
    body = "\n".join(report)
    print(len(counts), len(pairs), vowels, string_hash(body), string_hash("".join(rewritten)) % 1000003)


main()
