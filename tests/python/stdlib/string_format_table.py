# formatting a report with string constants and capwords; Template for a mail merge
import string
from string import Template

rows = [('alice smith', 93.456), ('bob  jones', 78.0), ('carol de la cruz', 88.25)]
for name, score in rows:
    print(f'{string.capwords(name):<18}|{score:>8.2f}|')
letter = Template('Dear $name,\nyour score is ${score}%. $$ bonus: $bonus\n')
for name, score in rows:
    print(letter.safe_substitute(name=string.capwords(name), score=round(score)))
vowels = set('aeiou')
consonants = [c for c in string.ascii_lowercase if c not in vowels]
print(len(consonants), ''.join(consonants), string.ascii_uppercase[::5])
print(''.join(c for c in 'Hello, World! 123' if c not in string.punctuation and c not in string.whitespace))
