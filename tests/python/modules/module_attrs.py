# modules are mutable namespaces; PEP 562 module __getattr__
import support.simple as m
m.added = "new"
print(m.added, m.__dict__["added"])
del m.added
print(hasattr(m, "added"))
try:
    del m.never_there
except AttributeError as e:
    print(e)
try:
    m.nothing
except AttributeError as e:
    print(e)
import support.lazy as lazy
print(lazy.real, lazy.computed)
try:
    lazy.other
except AttributeError as e:
    print(e)
from support.lazy import computed
print(computed)
