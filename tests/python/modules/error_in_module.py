# an exception in a module's code propagates to the importer; the module is not kept
import sys
try:
    import support.raiser
except KeyError as e:
    print("KeyError", e)
print("support.raiser" in sys.modules)
try:
    import support.raiser
except KeyError as e:
    print("again KeyError", e)
