d = {}
for i in range(10):
    d[i] = i * i
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k, v in d.items():
    print(k, v, end="; ")
print()
d[1] = "back"
print(list(d.items())[-1], sorted(d, key=lambda k: str(d[k])))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
