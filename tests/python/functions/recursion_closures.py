def make_walker():
    visited = []
    def walk(tree, depth=0):
        if isinstance(tree, tuple):
            for t in tree:
                walk(t, depth + 1)
        else:
            visited.append((tree, depth))
    return walk, visited
walk, seen = make_walker()
walk((1, (2, 3), ((4,),)))
print(seen)
def y_fact(n):
    def go(k, acc):
        return acc if k <= 1 else go(k - 1, acc * k)
    return go(n, 1)
print(y_fact(25))
