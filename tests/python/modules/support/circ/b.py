print("b: start")
from . import a
print("b: a is partial; has A_EARLY:", hasattr(a, "A_EARLY"), "has A_LATE:", hasattr(a, "A_LATE"))
try:
    a.A_LATE
except AttributeError as e:
    print("b:", e)
B = "b-value"
