# __import__ returns the top package without a fromlist, the module itself with one
m = __import__("support.pkg.leaf")
print(m.__name__)
m = __import__("support.pkg.leaf", globals(), locals(), ["LEAF"])
print(m.__name__, m.LEAF)
m = __import__("support.pkg", fromlist=["sub"])
print(m.__name__, m.sub.__name__)
m = __import__("leaf", globals={"__package__": "support.pkg"}, fromlist=["x"], level=1)
print(m.__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print("ValueError:", e)
