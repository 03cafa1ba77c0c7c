# import, from-import, as-names, module attributes and repr
import sys
import support.simple
from support import simple
from support.simple import X, double as dbl, Thing
import support.simple as s2

print(simple is support.simple is s2)
print(X, dbl(21), Thing(3))
print(simple.__name__, simple.__package__, simple.__doc__)
print(simple.__file__.replace(sys.path[0], "<dir>"))
print(repr(simple).replace(sys.path[0], "<dir>"))
print(simple._hidden)
print(type(simple).__name__)
print(__name__)
