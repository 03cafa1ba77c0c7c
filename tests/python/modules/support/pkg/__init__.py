print("init pkg:", __name__, __package__)
PKG_CONST = "pkg-const"
from . import leaf
from .leaf import leaf_fn
