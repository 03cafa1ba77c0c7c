# key functions made fresh (lambdas) while a generator argument is being consumed
print(sorted((x * 3 % 7 for x in range(10)), key=lambda v: -v))
print(min((w for w in "delta alpha charlie bravo".split()), key=lambda w: w[1:]))
print(max((i for i in range(20)), key=lambda i: (i % 7, -i)), max((), default="empty"))
print(sorted((c for c in "generator"), key=lambda c: (c in "aeiou", c), reverse=True))
