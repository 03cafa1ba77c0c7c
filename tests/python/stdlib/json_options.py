# json.dumps options (indent, sort_keys, separators, ensure_ascii, default) and loads hooks
import json

data = {'name': 'Zoë', 'tags': ['a', 'b'], 'n': 3, 'ok': True, 'none': None, 'f': 1.5, 'nested': {'z': 1, 'a': [1, {}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(data['nested'], indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent='\t'))
print(json.dumps(data['tags'], separators=(',', ':')), json.dumps({'a': 1}, separators=(';', '=')))
print(json.dumps({1: 'int key', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps('\u2603 "q" \\ \n\t\x01'), json.dumps(float('inf')), json.dumps([float('nan')]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({'p': Point(1, 2)}, default=lambda o: {'x': o.x, 'y': o.y}))
text = '{"b": 2, "a": [1, 2.0, "x"], "c": {"d": null, "e": false}}'
print(json.loads(text), json.loads(text, object_pairs_hook=list))
print(json.loads(text, object_hook=lambda d: sorted(d)), json.loads('[1.25, 10]', parse_float=str, parse_int=float))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(' [ ] '), json.loads('-0.0'), json.loads('1e3'))
round_trip = json.loads(json.dumps(data))
print(round_trip == data, type(round_trip['f']).__name__)
for bad in ['{"a": }', '[1, 2', '{"a" 1}', 'nul', '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
json.dumps(object())
