xs = [5, 3, 0]
for x in xs:
    print(100 % x)
