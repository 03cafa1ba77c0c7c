# a program storing and reading a config and records through json (dump/load via io-free strings)
import json

records = []
for i in range(5):
    records.append({'id': i, 'name': f'user{i}', 'score': i * 1.5, 'active': i % 2 == 0, 'tags': ['t%d' % j for j in range(i)]})
text = json.dumps({'records': records, 'count': len(records)}, indent=2, sort_keys=True)
print(text)
data = json.loads(text)
active = [r['name'] for r in data['records'] if r['active']]
print(active, sum(r['score'] for r in data['records']), data['count'])
lines = '\n'.join(json.dumps(r, separators=(',', ':')) for r in records)
print(lines)
print([json.loads(line)['id'] for line in lines.splitlines()])
