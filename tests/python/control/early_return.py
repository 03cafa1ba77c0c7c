def find(xs, pred):
    for i, x in enumerate(xs):
        if pred(x):
            return i, x
    return None
print(find([1, 4, 9, 16], lambda v: v > 5), find([], bool), find([0, 0], bool))
def classify(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 5 == 0:
        return "Buzz"
    if n % 3 == 0:
        return "Fizz"
    return str(n)
print(" ".join(classify(i) for i in range(1, 31)))
