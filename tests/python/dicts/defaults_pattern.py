graph = {}
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, [])
print(graph)
def bfs(start):
    seen = {start: 0}
    queue = [start]
    while queue:
        u = queue.pop(0)
        for v in graph[u]:
            if v not in seen:
                seen[v] = seen[u] + 1
                queue.append(v)
    return seen
print(bfs("a"))
def dfs(u, out):
    out.append(u)
    for v in graph[u]:
        if v not in out:
            dfs(v, out)
    return out
print(dfs("a", []))
