# __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("off the grid")
            return self.cells.get(key, ".")
        raise TypeError("bad key")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "!" in g, "@" not in g)
print(g[1:5], g[::2], g[:])
del g[0, 1]
print(g[0, 1], bool(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), not Empty())
class RO:
    def __getitem__(self, k):
        return k
r = RO()
print(r[1], r["a"], r[1:2])
try:
    r[1] = 2
except TypeError as e:
    print(e)
try:
    del r[1]
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
len(BadLen())
