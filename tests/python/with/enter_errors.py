# errors in __enter__ (no __exit__ call), missing protocol methods, errors in __exit__
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")

try:
    with BadEnter():
        print("body must not run")
except RuntimeError as e:
    print("caught", e)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)

try:
    with 42:
        pass
except TypeError as e:
    print(e)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")

try:
    with BadExit():
        raise ValueError("body")
except KeyError as e:
    print("exit error", repr(e), "context:", repr(e.__context__))

try:
    with BadExit():
        pass
except KeyError as e:
    print("exit error without body error", repr(e), e.__context__)

class Outer:
    def __enter__(self):
        print("outer enter")
    def __exit__(self, *a):
        print("outer exit", a[0])

try:
    with Outer(), BadEnter():
        pass
except RuntimeError as e:
    print("second enter failed:", e)
