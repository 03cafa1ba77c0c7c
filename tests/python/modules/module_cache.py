# sys.modules caches modules; deleting the entry re-runs the module; None blocks an import
import sys
import support.counter
import support.counter
from support import counter
print(counter.count)
del sys.modules["support.counter"]
import support.counter as again
print(again.count, again is counter)
sys.modules["fake_module"] = "I am a string"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e)
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
import __main__
print(__main__.__name__, __main__.counter is counter)
