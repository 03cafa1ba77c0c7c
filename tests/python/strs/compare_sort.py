print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "a" * 3 == "aaa")
names = ["bob", "Alice", "carol", "dave", "Eve"]
print(sorted(names), sorted(names, key=str.lower) if hasattr(str, "lower") else None)
print(min(names), max(names), sorted(names, key=len))
print("apple" in ["apple", "pear"], "pp" in "apple", "apple".startswith("app"))
print(sorted("hello world".split(), reverse=True))
