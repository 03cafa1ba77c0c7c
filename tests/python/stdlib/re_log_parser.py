# parsing log lines with re: compiled patterns, named groups, per-level counts, redaction with sub
import re

LOG = """2024-03-01 12:00:01 INFO  server started on port 8080
2024-03-01 12:00:05 WARN  disk usage at 91% for /dev/sda1
2024-03-01 12:01:17 ERROR user=alice@example.com failed login from 10.0.0.7
2024-03-01 12:02:00 INFO  request GET /api/items?id=42 took 35ms
2024-03-01 12:02:03 ERROR user=bob@example.org timeout after 3000ms"""

line_re = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$', re.M)
levels = {}
for m in line_re.finditer(LOG):
    levels[m.group('level')] = levels.get(m.group('level'), 0) + 1
print(levels)
print([m.group('time') for m in line_re.finditer(LOG) if m.group('level') == 'ERROR'])
print(re.findall(r'(\d+)ms', LOG), re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG))
redacted = re.sub(r'([\w.]+)@([\w.]+)', lambda m: m.group(1)[0] + '***@' + m.group(2), LOG)
print(redacted.splitlines()[2])
print(re.sub(r'(?m)^(\S+) (\S+)', r'\2 \1', LOG).splitlines()[0])
print(len(re.split(r'\n', LOG)), re.search(r'port (\d+)', LOG).group(1), re.search(r'(?i)DISK USAGE at (\d+)%', LOG).groups())
