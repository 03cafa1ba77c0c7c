# One LOAD_METHOD site meets objects of many builtin types (and user subclasses of them): the
# method each one gets must be its own type's.

def count_of(o, x):
    return o.count(x)

def copy_of(o):
    return o.copy()

def text(o):
    return o.__repr__()

class MyList(list):
    def count(self, x):
        return "MyList.count"

class MyDict(dict):
    pass

items = [[1, 2, 1], (1, 1, 1), "banana", MyList([1]), [0]]
needles = [1, 1, "a", 1, 0]
for _ in range(3):
    print([count_of(o, n) for o, n in zip(items, needles)])

copies = [[1, 2], {"a": 1}, {1, 2}, frozenset({3}), MyDict(b=2)]
for _ in range(3):
    print([type(c).__name__ + ":" + repr(copy_of(c)) for c in copies])

things = [1, 2.5, True, None, "s", [1], (2,), {3: 4}, {5}, b"b", range(3), 10**30, 1.0e300, -0.0, MyList(), MyDict()]
for _ in range(2):
    print([text(o) for o in things])

# methods that are data on one type and missing on another
for o in [[3, 1, 2], "cab", (1,)]:
    try:
        o.sort()
        print("sorted", o)
    except AttributeError as e:
        print("AttributeError:", e)
