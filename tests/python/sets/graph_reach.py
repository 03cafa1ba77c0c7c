edges = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set(), 7: {1}}
def reach(start):
    seen = set()
    todo = [start]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(edges[n] - seen)
    return seen
print(sorted(reach(1)), sorted(reach(7)), sorted(reach(6)))
sources = set(edges) - set().union(*edges.values())
print(sorted(sources))
