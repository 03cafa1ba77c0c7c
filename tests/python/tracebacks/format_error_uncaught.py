print("{:>5}".format("ok"))
print("{:d}".format("not a number"))
