# explicit relative imports at one, two and three levels, and their errors
from support.pkg.sub import deep
print(deep.DEEP)
try:
    import support.pkg.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .support import simple
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
