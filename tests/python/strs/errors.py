try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "x" * "y"
except TypeError as e:
    print(e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
