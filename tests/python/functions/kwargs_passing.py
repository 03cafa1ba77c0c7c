def describe(name, *tags, sep=", ", **attrs):
    parts = [name]
    if tags:
        parts.append(sep.join(tags))
    for k in sorted(attrs):
        parts.append(k + "=" + str(attrs[k]))
    return " | ".join(parts)
print(describe("x"))
print(describe("x", "t1", "t2", sep="/", color="red", size=3))
opts = {"color": "blue", "sep": "+"}
print(describe("y", *["a", "b"], **opts))
def wrapper(*args, **kwargs):
    return describe(*args, **kwargs)
print(wrapper("z", "q", weight=1.5))
def f(a, b):
    return a - b
print(f(b=1, a=10), f(*(5, 2)), f(**{"a": 3, "b": 4}))
