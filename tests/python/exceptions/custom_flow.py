def parse(tokens):
    out = []
    for t in tokens:
        try:
            out.append(int(t))
        except ValueError:
            try:
                out.append(float(t))
            except ValueError:
                out.append(t)
    return out
print(parse(["1", "2.5", "x", "-3", "1e3", ""]))
def checked(d, k):
    try:
        v = d[k]
    except KeyError:
        return "missing"
    except TypeError:
        return "unhashable"
    else:
        return "found " + str(v)
print(checked({"a": 1}, "a"), checked({}, "a"), checked({}, []))
