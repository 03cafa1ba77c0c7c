print("%d items" % 3)
print("%d and %d" % (1,))
