from .. import PKG_CONST
from ..leaf import LEAF
from . import sibling
from .sibling import SIB as S
from ... import simple
DEEP = (PKG_CONST, LEAF, sibling.SIB, S, simple.X)
