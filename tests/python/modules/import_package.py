# packages: __init__ runs once, submodules become attributes of their parent
import sys
import support.pkg
print("after import:", support.pkg.PKG_CONST, support.pkg.leaf.LEAF, support.pkg.leaf_fn())
print([p.replace(sys.path[0], "<dir>") for p in support.pkg.__path__])
print(support.pkg.__file__.replace(sys.path[0], "<dir>"))
print(hasattr(support.pkg, "sub"))
import support.pkg.sub.sibling
print(hasattr(support.pkg, "sub"), support.pkg.sub.sibling.SIB)
print(sorted(k for k in sys.modules if k.startswith("support")))
print(support.pkg.sub.__package__, support.pkg.sub.sibling.__package__)
