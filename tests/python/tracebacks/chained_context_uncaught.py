# an uncaught exception raised while handling another: both tracebacks print
def load(d, key):
    return d[key]


def lookup(d, key):
    try:
        return load(d, key)
    except KeyError:
        return fallback(key)


def fallback(key):
    return int(key)


print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'b')
