# json encoding of Python types: tuples, non-str keys, floats, bools, None, subclasses, default=
import json

print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps('é'), json.dumps('é', ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps([1.0, 0.1, -0.0, 1e16, 1.5e-10, 123456789.123, float('inf'), float('-inf'), float('nan')]))
print(json.dumps([True, False, None]), json.dumps(10 ** 30), json.dumps(-7))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({'k': []}, indent=3))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')

print(json.dumps({'p': Point(1, 2), 's': {3, 1, 2}}, default=encode))
print(json.dumps({'a': object}, skipkeys=True, default=lambda o: 'obj'), json.dumps({(1, 2): 1, 'k': 2}, skipkeys=True))
