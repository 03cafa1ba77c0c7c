# AttributeError messages for instances, classes, modules, builtins and None
class K:
    cls_attr = 1
def show(f):
    try:
        f()
    except AttributeError as e:
        print(e)
k = K()
show(lambda: k.missing)
show(lambda: K.missing)
show(lambda: None.x)
show(lambda: (1).real_part)
show(lambda: [].push)
show(lambda: "s".nope)
show(lambda: setattr(1, "x", 2))
show(lambda: setattr([], "append", 2))
show(lambda: delattr(k, "cls_attr"))
show(lambda: len.__foo__)
def f():
    pass
f.attr = 5
print(f.attr, f.__name__, getattr(f, "nope", "none"))
show(lambda: f.nope)
k.missing
