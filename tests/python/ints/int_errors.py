try:
    1 // 0
except ZeroDivisionError as e:
    print("zde", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("zde", e)
try:
    int("abc")
except ValueError as e:
    print("ve", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("zde", e)
