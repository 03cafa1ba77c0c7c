s = "tab\tnew\\nline\"quote'single"
print(s)
print(repr(s))
print(len("\n\t\\"), "\x41\u00e9\N{BULLET}", r"raw\n", len(r"\n"))
print("multi" "part" 'concat', """triple
quoted""")
print(repr("\r\x0b\x0c"), repr("\u2028"), repr("ab\x00"))
