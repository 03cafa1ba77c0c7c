try:
    [][0]
except IndexError:
    raise KeyError("replaced") from None
