# a real use: a tokenizer for arithmetic with a master pattern of named groups
import re

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('NAME', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/=()]'),
    ('SKIP', r'[ \t]+'),
    ('NEWLINE', r'\n'),
    ('MISMATCH', r'.'),
]
master = re.compile('|'.join(f'(?P<{name}>{rx})' for name, rx in TOKENS))

def tokenize(code):
    line = 1
    start = 0
    for m in master.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - start
        if kind == 'NEWLINE':
            line += 1
            start = m.end()
            continue
        if kind == 'SKIP':
            continue
        yield kind, value, line, col

program = 'x = 3.5 * (y + 42)\nz = x / 2 $'
for tok in tokenize(program):
    print(tok)
print(re.sub(r'(?P<num>\d+)', lambda m: f"<{int(m.group('num')) + 1}>", program))
dates = 'Start 2024-01-15, end 2024-12-31; bad 2024-13-01'
print([(y, m, d) for y, m, d in re.findall(r'(\d{4})-(\d{2})-(\d{2})', dates) if int(m) <= 12])
