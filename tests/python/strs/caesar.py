def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! The Quick Brown Fox."
enc = shift(msg, 13)
print(enc, shift(enc, 13) == msg, shift(msg, -3))
freq = {}
for ch in enc.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
