print("init leaf:", __name__, __package__)
LEAF = "leaf"


def leaf_fn():
    return "leaf_fn in " + __name__
