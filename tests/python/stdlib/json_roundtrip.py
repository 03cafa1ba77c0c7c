# json: a nested document dumped (default, indent, sort_keys, compact) and loaded back
import json

doc = {
    "name": "pypy-ts", "version": [0, 1, 0], "stable": False, "license": None,
    "ratio": 0.75, "big": 12345678901234567890, "neg": -3.5e-7, "exp": 1e22,
    "tags": ["jit", "wasm", "gc"], "empty_list": [], "empty_obj": {},
    "nested": {"a": {"b": {"c": [1, [2, [3, {"d": "deep"}]]]}}},
    "text": "tab\there \"quoted\" back\\slash\nnewline \u00e9\u4e2d\U0001F600 \x7f\x00",
}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, indent=2))
print(json.dumps(doc, sort_keys=True, separators=(',', ':')))
print(json.dumps(doc, indent='\t', sort_keys=True, ensure_ascii=False))
back = json.loads(s)
print(back == doc, json.dumps(back) == s, type(back['big']).__name__, back['nested']['a']['b']['c'][1][1][1])
print(json.dumps(json.loads(json.dumps(doc, indent=4)), indent=4) == json.dumps(doc, indent=4))
