def describe(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case {"kind": "circle", **rest}:
            return rest
        case Point(x=px) if px > 0:
            return px
        case _:
            return None
