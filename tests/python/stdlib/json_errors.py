# json errors: JSONDecodeError messages and positions, encoder TypeErrors/ValueErrors
import json

docs = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"',
        '{1:2}', '[1] x', 'nul', 'tru', '-', '01', '1.', '[', '{', '{"a":', '  \n  [1,\n x]',
        '"\x01"', '{"a": [1, 2}', '[1, 2]]', '\ufeff[]', 'Nan', '--1', '"\\ud83d\\u12"']
for d in docs:
    try:
        json.loads(d)
        print(repr(d), 'ok')
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False),
            lambda: json.dumps({'a': {1, 2}}), lambda: json.loads(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = {'k': []}
loop['k'].append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(issubclass(json.JSONDecodeError, ValueError))
