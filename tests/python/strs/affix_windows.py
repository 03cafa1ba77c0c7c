s = "hello world"
print(s.startswith("world", 6), s.startswith("world", 5), s.startswith(("x", "wor"), 6, 9), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("hello", 0, 5), s.endswith("lo", -8, -6), s.endswith(("d", "q"), 3), s.endswith("o", 0, 5), s.startswith("h", -100))
