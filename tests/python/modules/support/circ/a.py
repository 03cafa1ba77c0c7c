print("a: start")
A_EARLY = "a-early"
from . import b
print("a: got b.B =", b.B)
A_LATE = "a-late"
