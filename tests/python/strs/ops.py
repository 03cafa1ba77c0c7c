a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a < b, a == "foo", a != b, "o" in a, "x" not in a)
print(ord("A"), chr(97), ord("€"), chr(8364), str(1.5) + str(True) + str(None))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("nl\n"), repr("back\\slash"), repr("\x00\x7f"), repr("é"))
print(sorted("banana"), list("abc"), min("hello"), max("hello"))
x = ""
for i in range(5):
    x += str(i)
print(x, len(x))
print("%d items, %s, %5.2f, %-4d|, %x, %r, %%" % (3, "str", 3.14159, 7, 255, "q"))
