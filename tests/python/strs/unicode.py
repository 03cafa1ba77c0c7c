s = "naïve café ☕ 日本"
print(len(s), s.upper(), s[6:10], s[-2:], s.split(" "))
print([ord(c) for c in "é☕"], chr(0x1F600), len(chr(0x1F600)), "😀"[0] == chr(0x1F600))
t = "a😀b"
print(len(t), t[1], t[2], t[::-1], t.find("b"), t.index("😀"))
print(repr("日本"), ascii("é") if False else "skip", "ß".upper(), "İ".lower() == "i̇")
print(sorted(["é", "e", "z", "a"]), "ü" > "u", max("añb"))
