try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
