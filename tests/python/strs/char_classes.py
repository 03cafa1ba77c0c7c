samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a b", "\t\n", "ab1", "½", "Ⅻ", "日本"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isnumeric(), s.isdecimal())
