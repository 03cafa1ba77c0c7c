# from-import of a name a circular partner has not defined yet
try:
    import support.circ.x
except ImportError as e:
    print(str(e).split(" (")[0])
import sys
print("support.circ.x" in sys.modules, "support.circ.y" in sys.modules)
