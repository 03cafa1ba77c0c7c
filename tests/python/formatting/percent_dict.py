# %(name)s with mappings: repeated keys, mixed types, width/precision, literal percent
record = {"name": "Ada", "year": 1815, "ratio": 2 / 3, "tags": ["math", "code"]}
print("%(name)s was born in %(year)d" % record)
print("%(name)-10s|%(year)8d|%(ratio).3f|%(ratio)10.2e|" % record)
print("%(tags)s %(tags)r %(name)r" % record)
print("%(year)x %(year)o %(year)#x 100%%" % record)
print("%(name)s %(name)s %(name).1s" % record)
try:
    print("%(missing)s" % record)
except KeyError as e:
    print("KeyError", e)
