# Global and builtin names read and written in loops, while the dicts behind them change:
# the interpreter's global name cache must follow every change.
import builtins

# enough garbage that the collector runs and the module's dicts are old (the cache keys on them)
for i in range(400000):
    junk = [i, i]
del junk

def use_len():
    return len([1, 2, 3])

total = 0
for i in range(5):
    total += use_len()
print("builtin len", total)

# a global shadows the builtin after the lookup was cached
def len(x):
    return 100
print("shadowed", use_len())
del len
print("unshadowed", use_len())

# shadowed and unshadowed through the globals dict itself (no STORE_NAME sees it)
globals()["len"] = lambda x: "via globals()"
print("shadowed", use_len())
del globals()["len"]
print("unshadowed", use_len())
import sys
setattr(sys.modules[__name__], "len", lambda x: "via setattr")
print("shadowed", use_len())
delattr(sys.modules[__name__], "len")
print("unshadowed", use_len())

# the builtin itself replaced
saved = builtins.abs
builtins.abs = lambda x: "patched"
def use_abs():
    return abs(-3)
print(use_abs())
builtins.abs = saved
print(use_abs())

# a global deleted and re-added, read from a function and from module code
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for i in range(3):
    bump()
print("counter", counter)
del counter
try:
    bump()
except NameError as e:
    print("NameError:", e)
counter = 10
print("re-added", bump())

# many new globals force the globals dict to grow (entries are renumbered)
def read_x():
    return x
x = "first"
print(read_x())
for k in range(200):
    globals()["g%d" % k] = k
print(read_x(), g150)
x = "second"
print(read_x())
for k in range(0, 200, 2):
    del globals()["g%d" % k]
x = "third"
print(read_x(), g151)

# writes through globals() and through the global statement agree
def set_y(v):
    global y
    y = v
set_y(1)
globals()["y"] = 2
print("y", y)
set_y(3)
print("y", globals()["y"])

# a class body's names are not globals
z = "global z"
class C:
    z = "class z"
    w = z
print(C.w, z)

# a name missing everywhere
def missing():
    return not_defined_anywhere
for attempt in range(2):
    try:
        missing()
    except NameError as e:
        print(e)
not_defined_anywhere = "now defined"
print(missing())
