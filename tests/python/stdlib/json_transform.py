# walking and transforming a parsed JSON tree, then dumping it in two styles
import json

raw = '''{"store": {"book": [
  {"category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95},
  {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99},
  {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99}
 ], "bicycle": {"color": "red", "price": 19.95}}}'''
data = json.loads(raw)

def walk(node, path=''):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f'{path}.{k}')
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f'{path}[{i}]')
    else:
        yield path, node

for path, value in walk(data):
    if path.endswith('price'):
        print(path, value)
books = data['store']['book']
summary = {'count': len(books), 'total': round(sum(b['price'] for b in books), 2),
           'by_category': {c: [b['title'] for b in books if b['category'] == c] for c in sorted({b['category'] for b in books})}}
print(json.dumps(summary, indent=2))
print(json.dumps(summary, separators=(',', ':'), sort_keys=True))
