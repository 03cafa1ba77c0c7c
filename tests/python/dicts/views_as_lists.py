d = {"b": 2, "a": 1, "c": 3}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print([k for k in d.keys()], [v * 2 for v in d.values()], [f"{k}{v}" for k, v in d.items()])
print(sum(d.values()), max(d.keys()), min(d.items(), key=lambda kv: kv[1]))
print(list(zip(d.keys(), d.values())), dict(sorted(d.items())))
