# json.loads: numbers, escapes, whitespace, hooks, parse_float/int/constant
import json

print(json.loads('[1, -2, 3.5, -0.0, 1e3, 1E-2, 0, 12345678901234567890123]'))
print(json.loads('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\u00e9\\ud83d\\ude00"'))
print(json.loads(' \n\t{ "a" : [ true , false , null ] , "b" : { } }\r\n'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('{"x": 1, "x": 2}'))
print(json.loads('[1.10, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN]', parse_constant=lambda s: s.lower()))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('"\\ud800"') == '\ud800', json.loads('"\u2603"'), json.loads('{}'), json.loads('[[[]]]'))
print(json.JSONDecoder().raw_decode('[1] rest'), json.JSONDecoder().raw_decode('  {"a": 1}', 2))
