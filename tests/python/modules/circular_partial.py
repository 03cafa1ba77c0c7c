# a circular import sees the partially initialised module
import support.circ.a as a
print("main:", a.A_EARLY, a.A_LATE, a.b.B)
import sys
print("support.circ.b" in sys.modules)
