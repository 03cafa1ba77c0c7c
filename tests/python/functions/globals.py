counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump()
bump()
print(counter, read())
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
