db = {
    "users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}],
    "meta": {"count": 2, "tags": ["a", "b"]},
}
print(db["users"][1]["name"], db["meta"]["tags"][-1])
db["users"].append({"name": "cy", "age": 40})
db["meta"]["count"] += 1
print(sorted(u["name"] for u in db["users"] if u["age"] > 30), db["meta"])
by_age = {u["name"]: u["age"] for u in db["users"]}
print(by_age, max(by_age.items(), key=lambda kv: kv[1]))
from_pairs = dict(zip(["x", "y"], [1, 2]))
print(from_pairs, {**from_pairs, "z": 3}, {**from_pairs, **{"x": 9}})
