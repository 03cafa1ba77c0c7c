try:
    {}["a"]
except KeyError:
    raise ValueError("while handling")
