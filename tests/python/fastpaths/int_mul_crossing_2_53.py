# A hash loop whose products land on both sides of 2**53 (the largest int kept in one f64 box):
# the big-int path and the machine-int path alternate inside one compiled loop, and the value
# carried from one to the other must keep all its bits.
def poly_hash(text, mult, modulus):
    h = 0
    for ch in text:
        h = (h * mult + ord(ch)) % modulus
    return h


text = "".join(chr(33 + (i * 7919) % 90) for i in range(3000))
print(poly_hash(text, 3, 18014398509481951))
print(poly_hash(text, 131, 2305843009213693951))
print(poly_hash(text[::-1], 7, 2**55 - 55))
big = [poly_hash(text[i:i + 40], 1000003, 2**61 - 1) for i in range(0, 400, 40)]
print(big)
