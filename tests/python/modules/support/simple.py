"""A simple helper module."""
print("loading simple as", __name__)
X = 42
_hidden = "hidden"


def double(n):
    return 2 * n


class Thing:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Thing({self.v!r})"


if __name__ == "__main__":
    print("never printed on import")
