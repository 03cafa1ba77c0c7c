# generating reproducible passwords, tokens and a shuffled quiz with a seeded Random
import random
import string

rng = random.Random(20240601)
alphabet = string.ascii_letters + string.digits + '!@#$%'
for _ in range(3):
    pw = ''.join(rng.choice(alphabet) for _ in range(16))
    print(pw, any(c.isdigit() for c in pw))
print(hex(rng.getrandbits(128)), '%032x' % rng.getrandbits(128))
questions = [f'Q{i}' for i in range(1, 11)]
quiz = rng.sample(questions, k=len(questions))
print(quiz)
teams = list('ABCDEFGH')
rng.shuffle(teams)
print([teams[i:i + 2] for i in range(0, 8, 2)])
print(rng.choices(['win', 'lose', 'draw'], weights=[5, 3, 2], k=12))
