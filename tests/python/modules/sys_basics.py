# sys: argv, path, version, limits, modules, intern, exc_info
import sys
import os
print(os.path.basename(sys.argv[0]), len(sys.argv))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform)
print(sys.version_info >= (3, 8), sys.version_info[0], sys.version.startswith("3.11"), sys.hexversion >> 24)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(sys.intern("abc") == "abc")
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v))
print(sys.exc_info()[0])
print(type(sys.implementation.name).__name__, sys.flags.optimize, sys.float_info.epsilon)
print(sys.getdefaultencoding(), sys.stdout.encoding)
import builtins
print(builtins.len("abc"), builtins is sys.modules["builtins"])
