# str.encode with the codecs bytes.decode knows (utf-8, ascii, latin-1) and the errors handlers.
s = "naïve café ☕"
print(s.encode(), s.encode("utf-8"), s.encode(encoding="UTF_8"))
print("plain".encode("ascii"), "plain".encode("latin-1"))
print(s.encode("ascii", "ignore"), s.encode("ascii", errors="replace"))
print("café".encode("latin-1"), "café".encode("latin1").decode("latin-1"))
print(s.encode("utf-8").decode("utf-8") == s, bytes("zoë", "latin-1"))
for enc in ("ascii", "latin-1", "nope"):
    try:
        s.encode(enc)
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
s.encode("ascii")
