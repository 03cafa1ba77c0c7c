# from m import *: __all__ when present, else the names without a leading underscore
from support.starall import *
print(exported, also)
print("not_exported" in globals(), "_private" in globals())
from support.starnoall import *
print(public_a, public_b)
print("_private" in globals(), "__dunder__" in globals(), "_sys" in globals())
try:
    from support.starbad import *
except TypeError as e:
    print("TypeError:", e)
try:
    from support.starmissing import *
except AttributeError as e:
    print("AttributeError:", e)
print(present)

