scores = {"ann": 91, "bob": 78, "cy": 85, "di": 62, "ed": 99}
passed = {k: v for k, v in scores.items() if v >= 80}
print(passed)
grades = {k: ("A" if v >= 90 else "B" if v >= 80 else "C") for k, v in scores.items()}
print(grades)
inverse = {}
for k, g in grades.items():
    inverse.setdefault(g, []).append(k)
print(inverse, {g: len(ks) for g, ks in sorted(inverse.items())})
