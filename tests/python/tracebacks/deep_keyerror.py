config = {"db": {"host": "x"}}
def get(path):
    node = config
    for p in path.split("."):
        node = node[p]
    return node
print(get("db.host"))
print(get("db.port"))
